package org.vaeexplorer.ui.plane;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.analysis.LatentAnalysis;
import org.vaeexplorer.analysis.LatentAnalyzer;
import org.vaeexplorer.analysis.LatentProbe;
import org.vaeexplorer.analysis.LatentProjection;
import org.vaeexplorer.analysis.LatentScatter;
import org.vaeexplorer.analysis.ManifoldGrid;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The latent plane with synchronous decoding: a command's decoding is on the view model when it returns. */
class LatentPlaneViewModelTest {

    private static Dataset data;
    private static ModelFile tiny;
    private static ModelFile tinyLatent3;

    private final LatentPlaneViewModel vm = new LatentPlaneViewModel(new SynchronousBackgroundExecutor());

    @BeforeAll
    static void tinyModels() throws InterruptedException {
        data = TestModels.tinyData();
        tiny = TestModels.trainedModel(data, 2, 1);
        tinyLatent3 = TestModels.trainedModel(data, 3, 1);
    }

    private static ModelParams params(ModelFile m) {
        return ModelParams.frozen(m.config(), m.params());
    }

    private static LatentAnalysis analyse(ModelFile m, LatentProjection previous) {
        Vae vae = m.toVae();
        return new LatentAnalyzer().run(vae, new LatentAnalyzer.Query(data.test(), new int[] {0, 1}, previous, 0));
    }

    @Test
    void aLongZShowsItsFirstTwoEntriesAndAnEllipsisJoinedToThem() {
        float[] z = new float[20];
        z[0] = 0.5f;
        z[1] = -1.25f;
        z[2] = 3f;
        // No space the label may break at before the ellipsis: it never takes a line of its own.
        assertThat(LatentPlaneViewModel.describe(z)).isEqualTo("z = (0.50, \u22121.25,\u00a0\u2026)");
        assertThat(LatentPlaneViewModel.describe(new float[] {1f, 2f})).isEqualTo("z = (1.00, 2.00)");
    }

    @Test
    void movingThePointChangesZAndDecodesIt() {
        vm.setModel(params(tiny));
        vm.resize(400, 300);
        DecodedPoint atOrigin = vm.decodedProperty().get();
        assertThat(atOrigin.z()).containsExactly(0f, 0f);

        vm.movePointTo(1.5, -2);

        assertThat(vm.latentProperty().get()).containsExactly(1.5f, -2f);
        assertThat(vm.latentTextProperty().get()).isEqualTo("z = (1.50, \u22122.00)");
        DecodedPoint moved = vm.decodedProperty().get();
        assertThat(moved.z()).containsExactly(1.5f, -2f);
        assertThat(moved.image().pixels()).isNotEqualTo(atOrigin.image().pixels());
        float[] network = tiny.toVae().decodeToFloats(new float[] {1.5f, -2f}, 1);
        for (int p = 0; p < network.length; p++) {
            assertThat(moved.image().pixels()[p]).isCloseTo(network[p], within(1e-5f));
        }
    }

    @Test
    void clickingAPixelMovesThePointThere() {
        vm.setModel(params(tiny));
        vm.resize(400, 300);
        Viewport v = vm.viewportProperty().get();

        vm.movePointToPixel(300, 50);

        assertThat(vm.pointProperty().get().getX()).isCloseTo(v.toU(300), within(1e-9));
        assertThat(vm.pointProperty().get().getY()).isCloseTo(v.toV(50), within(1e-9));
    }

    @Test
    void arrowKeysNudgeByAFractionOfTheView() {
        vm.setModel(params(tiny));
        vm.resize(400, 300);
        Viewport v = vm.viewportProperty().get();
        double step = LatentPlaneViewModel.NUDGE_FRACTION * v.height() * v.unitsPerPixel();

        vm.nudge(1, 0, false);
        vm.nudge(0, -1, true);

        assertThat(vm.pointProperty().get().getX()).isCloseTo(step, within(1e-9));
        assertThat(vm.pointProperty().get().getY()).isCloseTo(-10 * step, within(1e-9));
        assertThat(vm.decodedProperty().get().z()[0]).isCloseTo((float) step, within(1e-6f));
    }

    @Test
    void theViewFitsNewDataUntilTheStudentPansOrZooms() {
        vm.setModel(params(tiny));
        vm.resize(400, 300);
        vm.setAnalysis(analyse(tiny, null));
        LatentScatter s = vm.scatterProperty().get();
        Viewport fitted = vm.viewportProperty().get();
        assertThat(fitted.contains(s.minU(), s.minV())).isTrue();
        assertThat(fitted.contains(s.maxU(), s.maxV())).isTrue();

        vm.zoomAtPixel(100, 100, 2);
        Viewport zoomed = vm.viewportProperty().get();
        vm.setAnalysis(analyse(tiny, null));
        assertThat(vm.viewportProperty().get()).isEqualTo(zoomed);

        vm.fitToData();
        assertThat(vm.viewportProperty().get().unitsPerPixel()).isCloseTo(fitted.unitsPerPixel(), within(1e-12));
    }

    @Test
    void aLatentAboveTwoDimensionsIsShownOnItsPcaPlane() {
        vm.setModel(params(tinyLatent3));
        vm.resize(400, 300);
        LatentAnalysis analysis = analyse(tinyLatent3, null);
        vm.setAnalysis(analysis);
        LatentProjection pca = vm.projectionProperty().get();
        assertThat(pca.isPca()).isTrue();
        assertThat(pca.horizontalAxis()).isEqualTo("PC1");

        vm.movePointTo(0.7, -0.2);

        float[] expected = pca.toLatent(0.7, -0.2);
        assertThat(vm.latentProperty().get()).containsExactly(expected);
        assertThat(vm.decodedProperty().get().z()).containsExactly(expected);
    }

    @Test
    void theManifoldDecodesAGridOverTheVisibleRegion() {
        vm.setModel(params(tiny));
        vm.resize(480, 240);

        vm.toggleManifold();

        ManifoldGrid.Manifold m = vm.manifoldProperty().get();
        assertThat(vm.manifoldVisibleProperty().get()).isTrue();
        assertThat(m.grid().columns()).isEqualTo(10);
        assertThat(m.grid().rows()).isEqualTo(5);
        assertThat(m.tiles().count()).isEqualTo(50);
        Viewport v = vm.viewportProperty().get();
        assertThat(m.grid().minU()).isCloseTo(v.minU(), within(1e-9));
        assertThat(m.grid().maxV()).isCloseTo(v.maxV(), within(1e-9));

        vm.panByPixels(40, 0);
        assertThat(vm.manifoldProperty().get().grid().minU()).isCloseTo(vm.viewportProperty().get().minU(), within(1e-9));

        vm.toggleManifold();
        assertThat(vm.manifoldProperty().get()).isNull();
    }

    @Test
    void newParametersAreDecodedAtTheSamePoint() {
        vm.setModel(params(tiny));
        vm.movePointTo(0.5, 0.5);
        float[] before = vm.decodedProperty().get().image().pixels();

        vm.setModel(ModelParams.frozen(tiny.config(), Vae.create(tiny.config()).snapshotParams()));

        assertThat(vm.decodedProperty().get().z()).containsExactly(0.5f, 0.5f);
        assertThat(vm.decodedProperty().get().image().pixels()).isNotEqualTo(before);
    }

    @Test
    void aLatentPointOffThePcaPlaneShowsAsItsProjectionAndSurvivesNewParameters() {
        vm.setModel(params(tinyLatent3));
        vm.setAnalysis(analyse(tinyLatent3, null));
        LatentProjection pca = vm.projectionProperty().get();
        assertThat(pca.isPca()).isTrue();
        float[] z = {0.3f, -1.2f, 2.0f};

        vm.moveLatentTo(z);

        float[] u = new float[1];
        float[] v = new float[1];
        pca.project(z, 1, u, v);
        assertThat(vm.pointProperty().get().getX()).isCloseTo(u[0], within(1e-6));
        assertThat(vm.pointProperty().get().getY()).isCloseTo(v[0], within(1e-6));
        assertThat(vm.latentProperty().get()).containsExactly(z); // not pulled back onto the plane
        assertThat(vm.decodedProperty().get().z()).containsExactly(z);

        vm.setModel(params(tinyLatent3)); // a training snapshot of the same shape
        assertThat(vm.latentProperty().get()).containsExactly(z);
        assertThat(vm.paramsProperty().get().config().latentSize()).isEqualTo(3);
    }

    @Test
    void aProbeIsShownUntilAModelOfAnotherShapeArrives() {
        vm.setModel(params(tiny));
        LatentProbe probe = new LatentProbe(new float[] {1f, 2f}, new float[] {0f, 0f});
        vm.showProbe(probe);
        vm.setModel(params(tiny));
        assertThat(vm.probeProperty().get()).isSameAs(probe);

        vm.setModel(params(tinyLatent3));

        assertThat(vm.probeProperty().get()).isNull();
    }
}
