package org.vaeexplorer.ui.tools.anomalies;

import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.evaluation.AnomalyDetection;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.SyntheticImages;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Anomalies tab's ROC: only for a model trained with a digit left out, measured on request, per model. */
class AnomalyRocTest {

    private static final VaeConfig ALL = VaeConfig.defaults().withHiddenSizes(List.of(16));
    private static final VaeConfig WITHOUT_3 = ALL.withExcludedDigit(3);

    private final Dataset data = SyntheticImages.dataset(64, 300, VaeConfig.MNIST_SIDE, VaeConfig.MNIST_SIDE);
    private final SynchronousBackgroundExecutor executor = new SynchronousBackgroundExecutor();
    private final LatentPlaneViewModel plane = new LatentPlaneViewModel(executor);
    private final AnomalyViewModel vm = new AnomalyViewModel(plane,
            new ReadOnlyObjectWrapper<>(data).getReadOnlyProperty(), executor, Runnable::run);

    @Test
    void aModelTrainedWithADigitLeftOutGetsTheRocOfFindingIt() {
        plane.setModel(frozen(WITHOUT_3));
        assertThat(vm.leftOutProperty().get()).isEqualTo(3);
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));

        vm.measureRoc();

        AnomalyDetection.Result result = vm.detectionProperty().get();
        assertThat(result).isNotNull();
        assertThat(result.digit()).isEqualTo(3);
        assertThat(result.anomalies()).isEqualTo(data.test().countOf(3));
        assertThat(result.images()).isEqualTo(300);
        assertThat(result.draws()).isEqualTo(AnomalyViewModel.ROC_DRAWS);
        for (AnomalyDetection.Score score : AnomalyDetection.Score.values()) {
            double[] x = result.roc(score).falsePositiveRate();
            assertThat(x[0]).isZero();
            assertThat(x[x.length - 1]).isEqualTo(1.0);
        }
        assertThat(progress).isSorted().endsWith(1.0);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("finding the " + result.anomalies() + " 3s among 300");
    }

    @Test
    void aModelTrainedOnEveryDigitHasNoRocToMeasure() {
        plane.setModel(frozen(ALL));

        vm.measureRoc();

        assertThat(vm.leftOutProperty().get()).isNull();
        assertThat(vm.detectionProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).contains("trained on every digit");
    }

    @Test
    void anotherModelOnScreenDropsTheRocMeasuredForTheLastOne() {
        plane.setModel(frozen(WITHOUT_3));
        vm.measureRoc();
        assertThat(vm.detectionProperty().get()).isNotNull();

        // New parameters of the same run (training goes on): the ROC stays until measured again.
        plane.setModel(frozen(WITHOUT_3));
        assertThat(vm.detectionProperty().get()).isNotNull();

        plane.setModel(frozen(ALL.withExcludedDigit(5)));
        assertThat(vm.detectionProperty().get()).isNull();
        assertThat(vm.leftOutProperty().get()).isEqualTo(5);
        plane.setModel(frozen(ALL));
        assertThat(vm.leftOutProperty().get()).isNull();
    }

    private static ModelParams frozen(VaeConfig config) {
        return ModelParams.frozen(config, Vae.create(config).snapshotParams());
    }
}
