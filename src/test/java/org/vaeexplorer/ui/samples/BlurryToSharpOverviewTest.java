package org.vaeexplorer.ui.samples;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The strip shows the run's story at a glance: log-spaced moments, not four consecutive snapshots. */
class BlurryToSharpOverviewTest {

    /** The epochs at which a 10-epoch run keeps snapshots (TrainingHistory.SNAPSHOT_MARKS). */
    private static final List<Double> KEPT = List.of(0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 3.0, 4.0, 5.0,
            6.0, 7.0, 8.0, 9.0, 10.0);

    private static List<Double> epochsShown(int selected) {
        return SampleStripViewModel.overview(KEPT, selected).stream().map(KEPT::get).toList();
    }

    @Test
    void theOverviewOfAFinishedRunIsLogSpaced() {
        assertThat(epochsShown(KEPT.size() - 1)).containsExactly(0.0, 0.02, 0.1, 0.5, 1.0, 5.0, 10.0);
    }

    @Test
    void scrubbingBackShowsTheOverviewUpToTheChosenSnapshot() {
        assertThat(epochsShown(KEPT.indexOf(3.0))).containsExactly(0.0, 0.02, 0.1, 0.5, 1.0, 3.0);
        assertThat(epochsShown(0)).containsExactly(0.0);
        assertThat(SampleStripViewModel.overview(List.of(), -1)).isEmpty();
    }

    @Test
    void aShortStripKeepsTheFirstAndTheChosenSnapshotAndSpreadsTheRest() {
        List<Integer> overview = SampleStripViewModel.overview(KEPT, KEPT.size() - 1); // 7 moments
        assertThat(SampleStripViewModel.spread(overview, 3).stream().map(KEPT::get)).containsExactly(0.0, 0.5, 10.0);
        assertThat(SampleStripViewModel.spread(overview, 10)).isEqualTo(overview);
        assertThat(SampleStripViewModel.spread(overview, 1).stream().map(KEPT::get)).containsExactly(10.0);
    }
}
