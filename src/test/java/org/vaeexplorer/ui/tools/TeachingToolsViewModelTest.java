package org.vaeexplorer.ui.tools;

import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.analysis.LatentPaths;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.analysis.LatentProbe;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.tools.draw.DrawingPadViewModel;
import org.vaeexplorer.ui.tools.repair.RepairViewModel;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The tools' view models without a window: synchronous executor, a small untrained 3-D model. */
class TeachingToolsViewModelTest {

    private static final VaeConfig CONFIG = VaeConfig.defaults().withHiddenSizes(List.of(16)).withLatentSize(3);
    private static Dataset data;
    private static Vae vae;

    private final SynchronousBackgroundExecutor executor = new SynchronousBackgroundExecutor();
    private final LatentPlaneViewModel plane = new LatentPlaneViewModel(executor);
    private final ReadOnlyObjectWrapper<Dataset> dataProperty = new ReadOnlyObjectWrapper<>();
    private TeachingTools tools;

    @BeforeAll
    static void model() {
        data = TestModels.tinyData();
        vae = Vae.create(CONFIG);
    }

    private void start() {
        tools = new TeachingTools(plane, dataProperty.getReadOnlyProperty(), executor);
        dataProperty.set(data);
        plane.setModel(ModelParams.frozen(CONFIG, vae.snapshotParams()));
    }

    @Test
    void slidersMoveOneCoordinateAndThePlanePointIsItsProjection() {
        start();
        float[] before = plane.latentProperty().get().clone();

        tools.dimensions().setCoordinate(2, 1.5);

        float[] after = plane.latentProperty().get();
        assertThat(after).containsExactly(before[0], before[1], 1.5f);
        assertThat(plane.decodedProperty().get().z()).containsExactly(after);
        // a 3-D latent before any analysis shows the first two axes: the point is (z1, z2)
        assertThat(plane.pointProperty().get().getX()).isCloseTo(after[0], within(1e-6));
        assertThat(tools.dimensions().traversalProperty().get().z()).containsExactly(after);
        assertThat(tools.dimensions().traversalProperty().get().grid().count()).isEqualTo(3 * LatentPaths.TRAVERSAL_VALUES.length);
    }

    @Test
    void theDrawingsMarkerLeavesThePlaneWithItsTabAndComesBack() {
        start();
        DrawingPadViewModel pad = tools.drawing();
        pad.paint(0.5, 0.5, false);
        LatentProbe probe = plane.probeProperty().get();
        assertThat(probe).isNotNull();
        assertThat(probe.mean()).containsExactly(LatentPaths.encodeMean(vae, pad.framedProperty().get().pixels()), within(1e-5f));

        pad.activeProperty().set(false);
        assertThat(plane.probeProperty().get()).isNull();
        pad.activeProperty().set(true);
        assertThat(plane.probeProperty().get()).isSameAs(probe);

        pad.paint(0.5, 0.5, true); // erasing the only dot leaves an empty pad
        double ink = 0;
        for (float p : pad.drawingProperty().get().pixels()) {
            ink += p;
        }
        assertThat(ink).isZero();
    }

    @Test
    void hiddenToolsComputeNothingUntilShown() {
        start();
        tools.repair().activeProperty().set(false);
        tools.repair().indexProperty().set(7);
        RepairViewModel.Repair stale = tools.repair().repairProperty().get();
        assertThat(stale.original().pixels()).isEqualTo(data.test().scaledImages(new int[] {0}));

        tools.repair().activeProperty().set(true);

        assertThat(tools.repair().repairProperty().get().original().pixels()).isEqualTo(data.test().scaledImages(new int[] {7}));
    }

    @Test
    void interpolationEndsFromThePlaneAndTheSliderWalksBetweenThem() {
        start();
        plane.moveLatentTo(new float[] {1f, 0f, -1f});
        tools.interpolation().useCurrentPointAsA();
        plane.moveLatentTo(new float[] {-1f, 2f, 1f});
        tools.interpolation().useCurrentPointAsB();

        tools.interpolation().positionProperty().set(0.25);

        assertThat(plane.latentProperty().get()).containsExactly(new float[] {0.5f, 0.5f, -0.5f}, within(1e-6f));
        assertThat(tools.interpolation().describeAProperty().get()).isEqualTo("point from the plane");
        float[] strip = tools.interpolation().stripProperty().get().decodings().pixels();
        float[] atA = LatentPaths.decodeAll(vae, new float[] {1f, 0f, -1f});
        assertThat(java.util.Arrays.copyOfRange(strip, 0, atA.length)).containsExactly(atA, within(1e-6f));
    }
}
