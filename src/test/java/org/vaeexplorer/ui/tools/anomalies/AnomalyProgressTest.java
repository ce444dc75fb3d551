package org.vaeexplorer.ui.tools.anomalies;

import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.SyntheticImages;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranking takes 10-30 s for MNIST's test set: the tool shows how far it is. */
class AnomalyProgressTest {

    @Test
    void rankingReportsItsProgressChunkByChunkThenHidesTheBar() {
        VaeConfig config = VaeConfig.defaults().withHiddenSizes(List.of(16));
        // More test images than one chunk of AnomalyRanking at the tool's draws, so progress comes in steps.
        Dataset data = SyntheticImages.dataset(64, 4500, VaeConfig.MNIST_SIDE, VaeConfig.MNIST_SIDE);
        SynchronousBackgroundExecutor executor = new SynchronousBackgroundExecutor();
        LatentPlaneViewModel plane = new LatentPlaneViewModel(executor);
        plane.setModel(ModelParams.frozen(config, Vae.create(config).snapshotParams()));
        AnomalyViewModel vm = new AnomalyViewModel(plane, new ReadOnlyObjectWrapper<>(data).getReadOnlyProperty(),
                executor, Runnable::run);
        List<Double> shown = new ArrayList<>();
        List<Boolean> busy = new ArrayList<>();
        vm.progressProperty().addListener((obs, old, now) -> {
            shown.add(now.doubleValue());
            busy.add(vm.busyProperty().get());
        });

        vm.rank();

        assertThat(shown.get(0)).isEqualTo(-1.0); // indeterminate until the first chunk is scored
        List<Double> steps = shown.subList(1, shown.size());
        assertThat(steps.stream().filter(p -> p > 0 && p < 1)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(steps).isSorted();
        assertThat(shown.get(shown.size() - 1)).isEqualTo(1.0);
        assertThat(busy.subList(0, busy.size() - 1)).containsOnly(true);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.rankingProperty().get().ranked()).isEqualTo(4500);
    }
}
