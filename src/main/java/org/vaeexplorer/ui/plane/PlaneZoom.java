package org.vaeexplorer.ui.plane;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vaeexplorer.analysis.LatentScatter;

/**
 * Which part of the plane the plot shows: fitted to the data, and refitted as the data changes, until the
 * student pans or zooms; fitting again goes back to following the data.
 */
final class PlaneZoom {

    /** What the plane shows before any latent means are known: the prior's bulk, +-3 standard deviations. */
    static final double PRIOR_EXTENT = 3;

    private final ReadOnlyObjectWrapper<Viewport> viewport;
    /** Refit the view to each new scatter until the student pans or zooms. */
    private boolean autoFit = true;

    PlaneZoom(Object bean) {
        viewport = new ReadOnlyObjectWrapper<>(bean, "viewport",
                Viewport.fit(-PRIOR_EXTENT, PRIOR_EXTENT, -PRIOR_EXTENT, PRIOR_EXTENT, 400, 400));
    }

    ReadOnlyObjectProperty<Viewport> property() {
        return viewport.getReadOnlyProperty();
    }

    Viewport get() {
        return viewport.get();
    }

    /** The plot is now {@code width x height} pixels; false if that changes nothing. */
    boolean resize(double width, double height, LatentScatter data) {
        Viewport now = viewport.get();
        if (width <= 0 || height <= 0 || (now.width() == width && now.height() == height)) {
            return false;
        }
        viewport.set(autoFit ? fitted(width, height, data) : now.resized(width, height));
        return true;
    }

    void panByPixels(double dx, double dy) {
        autoFit = false;
        viewport.set(viewport.get().panned(dx, dy));
    }

    void zoomAtPixel(double x, double y, double factor) {
        autoFit = false;
        viewport.set(viewport.get().zoomedAt(x, y, factor));
    }

    /** Shows all of {@code data}, and keeps following the data until the next pan or zoom. */
    void fit(LatentScatter data) {
        autoFit = true;
        follow(data);
    }

    /** New data: fitted to it unless the student has panned or zoomed since the last fit. */
    void follow(LatentScatter data) {
        if (autoFit) {
            Viewport v = viewport.get();
            viewport.set(fitted(v.width(), v.height(), data));
        }
    }

    private static Viewport fitted(double width, double height, LatentScatter s) {
        if (s == null || s.size() == 0) {
            return Viewport.fit(-PRIOR_EXTENT, PRIOR_EXTENT, -PRIOR_EXTENT, PRIOR_EXTENT, width, height);
        }
        return Viewport.fit(s.minU(), s.maxU(), s.minV(), s.maxV(), width, height);
    }
}
