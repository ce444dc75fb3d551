package org.vaeexplorer.ui.tools.network;

import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.analysis.NetworkTrace;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.SyntheticImages;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;

import static org.assertj.core.api.Assertions.assertThat;

/** The network panel without a window: a test digit through the model on the plane, sampled or at the mean. */
class NetworkViewModelTest {

    private static final VaeConfig CONFIG = TestModels.tinyConfig(2, 1);

    private final Dataset data = SyntheticImages.dataset(64, 20, CONFIG.imageRows(), CONFIG.imageCols());
    private final SynchronousBackgroundExecutor executor = new SynchronousBackgroundExecutor();
    private final LatentPlaneViewModel plane = new LatentPlaneViewModel(executor);
    private final NetworkViewModel vm = new NetworkViewModel(plane, new ReadOnlyObjectWrapper<>(data).getReadOnlyProperty(),
            executor, Runnable::run);

    private static ModelParams frozen(Vae vae) {
        return ModelParams.frozen(vae.config(), vae.params());
    }

    @Test
    void theChosenTestDigitGoesThroughTheModelOnThePlane() {
        Vae vae = Vae.create(CONFIG);
        vm.activeProperty().set(true);
        plane.setModel(frozen(vae));
        vm.indexProperty().set(7);

        NetworkTrace shown = vm.shownProperty().get().trace();
        float[] digit = data.test().scaledImages(new int[] {7});
        NetworkTrace expected = NetworkTrace.of(vae, digit, NetworkViewModel.noise(2, 1), true);
        assertThat(shown.input()).containsExactly(digit);
        assertThat(shown.z()).containsExactly(expected.z());
        assertThat(shown.loss()).isEqualTo(expected.loss());
    }

    @Test
    void sampleAgainDrawsAnotherEpsAndTheMeanNone() {
        vm.activeProperty().set(true);
        plane.setModel(frozen(Vae.create(CONFIG)));
        NetworkTrace first = vm.shownProperty().get().trace();

        vm.sampleAgain();
        NetworkTrace again = vm.shownProperty().get().trace();
        assertThat(again.mean()).containsExactly(first.mean());
        assertThat(again.noise()).isNotEqualTo(first.noise());
        assertThat(again.z()).isNotEqualTo(first.z());

        vm.sampledProperty().set(false);
        NetworkTrace mean = vm.shownProperty().get().trace();
        assertThat(mean.sampled()).isFalse();
        assertThat(mean.z()).containsExactly(mean.mean());
    }

    @Test
    void newParametersOnThePlaneRedrawIt() {
        vm.activeProperty().set(true);
        plane.setModel(frozen(Vae.create(CONFIG)));
        NetworkTrace before = vm.shownProperty().get().trace();

        plane.setModel(frozen(Vae.create(CONFIG.withSeed(99))));

        assertThat(vm.shownProperty().get().trace().mean()).isNotEqualTo(before.mean());
    }

    @Test
    void nothingIsComputedWhileTheTabIsHiddenAndTheNewestWhenItShows() {
        vm.activeProperty().set(false);
        plane.setModel(frozen(Vae.create(CONFIG)));
        vm.indexProperty().set(3);
        assertThat(vm.shownProperty().get()).isNull();

        vm.activeProperty().set(true);

        assertThat(vm.shownProperty().get().trace().input()).containsExactly(data.test().scaledImages(new int[] {3}));
    }
}
