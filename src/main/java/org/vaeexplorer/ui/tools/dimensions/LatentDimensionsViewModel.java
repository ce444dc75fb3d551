package org.vaeexplorer.ui.tools.dimensions;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vaeexplorer.analysis.LatentPaths;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.DecodeWorker;
import org.vaeexplorer.ui.fx.ToolRefresh;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;

import java.util.concurrent.Executor;

/**
 * Every coordinate of the latent point, one slider each (the plane shows only two directions of a larger
 * latent), and the latent traversal: for each dimension, the decodings as it sweeps -3..3 with the other
 * coordinates kept at the point.
 */
public final class LatentDimensionsViewModel {

    /** Slider range: the prior's bulk and a little more. */
    public static final double LIMIT = 4;

    /** Decodings of the traversal, row r = dimension r, column c = {@link LatentPaths#TRAVERSAL_VALUES}[c]. */
    public record Traversal(float[] z, GreyImages grid) {
    }

    private final LatentPlaneViewModel plane;
    private final DecodeWorker<float[], Traversal> worker;
    private final ToolRefresh refresh = new ToolRefresh(this::compute);
    private final ReadOnlyIntegerWrapper dimensions = new ReadOnlyIntegerWrapper(this, "dimensions");
    private final ReadOnlyObjectWrapper<Traversal> traversal = new ReadOnlyObjectWrapper<>(this, "traversal");

    public LatentDimensionsViewModel(LatentPlaneViewModel plane, BackgroundExecutor executor, Executor thread) {
        this.plane = plane;
        this.worker = new DecodeWorker<>(thread, LatentDimensionsViewModel::traverse, executor.latestOnUiThread(traversal::set));
        plane.paramsProperty().addListener((obs, old, now) -> {
            dimensions.set(now == null ? 0 : now.config().latentSize());
            refresh.request();
        });
        plane.latentProperty().addListener(x -> refresh.request());
        ModelParams now = plane.paramsProperty().get();
        dimensions.set(now == null ? 0 : now.config().latentSize());
    }

    /** The latent size: one slider per dimension. */
    public ReadOnlyIntegerProperty dimensionsProperty() {
        return dimensions.getReadOnlyProperty();
    }

    /** The full latent point (the plane's). */
    public ReadOnlyObjectProperty<float[]> latentProperty() {
        return plane.latentProperty();
    }

    public ReadOnlyObjectProperty<Traversal> traversalProperty() {
        return traversal.getReadOnlyProperty();
    }

    public BooleanProperty activeProperty() {
        return refresh.activeProperty();
    }

    /** Sets coordinate {@code dimension} of the latent point, keeping the others; the plane follows. */
    public void setCoordinate(int dimension, double value) {
        float[] z = plane.latentProperty().get();
        if (z == null || dimension < 0 || dimension >= z.length || z[dimension] == (float) value) {
            return;
        }
        float[] moved = z.clone();
        moved[dimension] = (float) value;
        plane.moveLatentTo(moved);
    }

    private void compute() {
        ModelParams params = plane.paramsProperty().get();
        float[] z = plane.latentProperty().get();
        if (params != null && z != null && z.length == params.config().latentSize()) {
            worker.request(params, z.clone());
        }
    }

    private static Traversal traverse(Vae vae, float[] z) {
        float[] values = LatentPaths.TRAVERSAL_VALUES;
        float[] pixels = LatentPaths.decodeAll(vae, LatentPaths.traversal(z, values));
        return new Traversal(z, new GreyImages(z.length * values.length, vae.config().imageRows(), vae.config().imageCols(), pixels));
    }
}
