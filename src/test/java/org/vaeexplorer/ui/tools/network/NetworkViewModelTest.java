package org.vaeexplorer.ui.tools.network;

import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.analysis.LatentAnalyzer;
import org.vaeexplorer.analysis.LatentScatter;
import org.vaeexplorer.analysis.NetworkTrace;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.SyntheticImages;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.plane.Viewport;
import org.vaeexplorer.ui.tools.draw.DrawingPadViewModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

    /** What the network must show for {@code image}: its own trace through {@code vae} with the first ε. */
    private static void assertShows(NetworkTrace shown, Vae vae, float[] image) {
        NetworkTrace expected = NetworkTrace.of(vae, image, NetworkViewModel.noise(2, 1), true);
        assertThat(shown.input()).containsExactly(image);
        assertThat(shown.mean()).containsExactly(expected.mean(), within(1e-5f));
        assertThat(shown.standardDeviation()).containsExactly(expected.standardDeviation(), within(1e-5f));
        assertThat(shown.output()).containsExactly(expected.output(), within(1e-5f));
    }

    @Test
    void aDigitDrawnOnThePadGoesThroughTheNetworkAndTheNumberBoxTakesItBack() {
        Vae vae = Vae.create(CONFIG);
        plane.setModel(frozen(vae));
        DrawingPadViewModel pad = new DrawingPadViewModel(plane, executor, Runnable::run);
        vm.activeProperty().set(true);
        NetworkTrace testDigit = vm.shownProperty().get().trace();
        vm.activeProperty().set(false);
        pad.activeProperty().set(true);
        for (int s = 0; s <= 20; s++) {
            pad.paint(0.3 + 0.02 * s, 0.2 + 0.03 * s, false);
        }
        pad.activeProperty().set(false);
        vm.activeProperty().set(true);

        float[] framed = pad.framedProperty().get().pixels();
        assertThat(framed).isNotEqualTo(testDigit.input());
        assertShows(vm.shownProperty().get().trace(), vae, framed);
        assertThat(vm.sourceProperty().get()).isEqualTo(NetworkViewModel.Source.PAD);
        assertThat(vm.sourceTextProperty().get()).isEqualTo("drawn on the pad");

        vm.indexProperty().set(4);
        assertShows(vm.shownProperty().get().trace(), vae, data.test().scaledImages(new int[] {4}));
        assertThat(vm.sourceTextProperty().get()).isEqualTo("test digit #4");
    }

    @Test
    void aTestDigitPickedOnThePlaneGoesThroughTheNetwork() {
        Vae vae = Vae.create(CONFIG);
        plane.setModel(frozen(vae));
        plane.resize(400, 300);
        plane.setAnalysis(new LatentAnalyzer().run(vae, new LatentAnalyzer.Query(data.test(), new int[0], null, 0)));
        vm.activeProperty().set(true);
        LatentScatter scatter = plane.scatterProperty().get();
        Viewport v = plane.viewportProperty().get();
        int picked = 11;

        assertThat(plane.pickTestImageAtPixel(v.toX(scatter.u()[picked]), v.toY(scatter.v()[picked]))).isTrue();

        int index = plane.lookedAtProperty().get().testIndex();
        assertThat(index).isEqualTo(picked);
        assertShows(vm.shownProperty().get().trace(), vae, data.test().scaledImages(new int[] {index}));
        assertThat(vm.indexProperty().get()).isEqualTo(index);
        assertThat(vm.sourceTextProperty().get()).isEqualTo("test digit #" + index + ", picked on the plane");
        assertThat(plane.pickTestImageAtPixel(-100, -100)).as("no dot there").isFalse();
    }
}
