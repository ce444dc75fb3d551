package org.vaeexplorer.ui.plane;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vaeexplorer.analysis.LatentProjection;
import org.vaeexplorer.analysis.ManifoldGrid;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.DecodeWorker;

/**
 * The manifold grid over the visible part of the plane, while switched on: decoded by a latest-request-wins
 * worker with its own network, its results arriving on the UI thread.
 */
final class ManifoldLayer {

    private final DecodeWorker<ManifoldGrid, ManifoldGrid.Manifold> decoder;
    private final ReadOnlyBooleanWrapper visible;
    private final ReadOnlyObjectWrapper<ManifoldGrid.Manifold> manifold;

    ManifoldLayer(Object bean, BackgroundExecutor executor) {
        visible = new ReadOnlyBooleanWrapper(bean, "manifoldVisible");
        manifold = new ReadOnlyObjectWrapper<>(bean, "manifold");
        decoder = new DecodeWorker<>(executor.newConfinedThread("vae-decode-manifold"), (vae, grid) -> grid.decode(vae),
                executor.latestOnUiThread(this::show));
    }

    ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ManifoldGrid.Manifold> manifoldProperty() {
        return manifold.getReadOnlyProperty();
    }

    /** Switched off, the grid is dropped at once; switched on, it waits for the next {@link #request}. */
    void setVisible(boolean on) {
        visible.set(on);
        if (!on) {
            manifold.set(null);
        }
    }

    /** Decodes the grid covering {@code v} with {@code model}, if switched on and a model and a plane are known. */
    void request(ModelParams model, Viewport v, LatentProjection p) {
        if (visible.get() && model != null && p != null) {
            decoder.request(model, ManifoldGrid.covering(v.minU(), v.maxU(), v.minV(), v.maxV(), v.width(), v.height(), p));
        }
    }

    private void show(ManifoldGrid.Manifold result) {
        if (visible.get()) {
            manifold.set(result);
        }
    }
}
