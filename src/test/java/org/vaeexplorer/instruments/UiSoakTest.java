package org.vaeexplorer.instruments;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.ui.app.DataSource;
import org.vaeexplorer.ui.app.Setup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The soak harness on the real window (headless), briefly, and its verdict on made-up memory curves. */
class UiSoakTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the soak must find JavaFX running, and leave it running
    }

    @TempDir
    Path dir;

    @Test
    void aShortSoakTrainsDragsAndReportsEachInterval() throws Exception {
        Setup setup = new Setup(null, null, dir, DataSource.of(TestModels.tinyData()));
        List<Map<String, Object>> seen = new ArrayList<>();
        Map<String, Object> summary = UiSoak.soak(setup, VaeConfig.defaults(), 0.1, 2, seen::add);

        // Intervals are counted on the soak's own schedule, not on how fast this machine is: 6 s in steps of 2 s.
        assertThat(seen).hasSize(3);
        for (Map<String, Object> interval : seen) {
            assertThat(((Number) interval.get("rss_mb")).longValue()).isPositive();
            assertThat(((Number) interval.get("fx_fps")).doubleValue()).isPositive();
        }
        assertThat(((Number) summary.get("runs_started")).intValue()).isPositive();
        assertThat(summary.get("errors")).as(String.valueOf(summary.get("error_messages"))).isEqualTo(0);
        assertThat(summary).containsKeys("rss_growth_pct", "memory_flat", "fx_max_gap_ms");
    }

    @Test
    void aConvolutionalSoakTrainsTheConvolutionalModelInTheWindow() throws Exception {
        Setup setup = new Setup(null, null, dir, DataSource.of(TestModels.tinyData()));
        VaeConfig conv = VaeConfig.defaults().withArchitecture(Architecture.CONVOLUTIONAL).withLatentSize(2)
                .withHiddenSizes(List.of(16));
        List<Map<String, Object>> seen = new ArrayList<>();
        Map<String, Object> summary = UiSoak.soak(setup, conv, 0.1, 2, seen::add);

        // By the last interval the plane decodes the run's own parameters, which only a convolutional run sends.
        assertThat(seen.get(seen.size() - 1)).containsEntry("arch", "conv");
        assertThat(((Number) summary.get("runs_started")).intValue()).isPositive();
        assertThat(summary.get("errors")).as(String.valueOf(summary.get("error_messages"))).isEqualTo(0);
    }

    @Test
    void aWindowThatCannotStartEndsTheSoakAtOnceWithItsOwnMessage() {
        // Not after the three-minute timeout: a missing dataset is what a soak started from the wrong folder meets.
        Setup setup = new Setup(null, null, dir, DataSource.folder(dir.resolve("no-such-dataset")));
        assertThatThrownBy(() -> UiSoak.soak(setup, VaeConfig.defaults(), 0.1, 2, interval -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the window to be ready")
                .hasMessageContaining("no-such-dataset");
    }

    @Test
    void memoryIsFlatOnlyWhileItStaysWithinTenPercentAfterWarmUp() {
        // 10 minutes: the first 2 are warm-up, whatever they do.
        assertThat(UiSoak.summarize(rss(300, 800, 1000, 1020, 1050, 990, 1080, 1000, 1010, 1040), 10, 0, List.of())
                .get("memory_flat")).isEqualTo(true);
        assertThat(UiSoak.summarize(rss(300, 800, 1000, 1030, 1060, 1090, 1120, 1150, 1180, 1210), 10, 0, List.of()))
                .containsEntry("memory_flat", false)
                .containsEntry("rss_growth_pct", 21.0);
    }

    private static List<Map<String, Object>> rss(long... perMinute) {
        List<Map<String, Object>> intervals = new ArrayList<>();
        for (int i = 0; i < perMinute.length; i++) {
            intervals.add(Map.of("minute", (double) (i + 1), "rss_mb", perMinute[i], "fx_max_gap_ms", 20.0,
                    "fx_fps", 60.0, "fx_gaps_over_100ms", 0L));
        }
        return intervals;
    }
}
