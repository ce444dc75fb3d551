package org.vaeexplorer.ui.fx;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Device pixels per layout pixel of the window a node is in: 2 on a HiDPI screen at 200%, whatever the OS
 * (GTK's scale, Windows' display scaling, a Retina Mac). Views that paint pixels themselves (the latent plane's
 * raster, the decoded digit) paint that many more, so that their dots and image pixels are drawn at the
 * screen's resolution instead of being stretched from a layout-sized image.
 */
public final class RenderScale {

    /** Beyond this a paint would be costly for no visible gain. */
    private static final double MAX = 4;

    private RenderScale() {
    }

    /** The render scale of {@code node}'s window, or 1 while it has none. */
    public static double of(Node node) {
        Scene scene = node.getScene();
        Window window = scene == null ? null : scene.getWindow();
        return window == null ? 1 : clamp(window.getRenderScaleX());
    }

    /** Device pixels for {@code layout} layout pixels at {@code scale}, at least one. */
    public static int devicePixels(double layout, double scale) {
        return Math.max(1, (int) Math.round(layout * scale));
    }

    /** Runs {@code onChange} when the node moves to another window or its window's render scale changes. */
    public static void onChange(Node node, Runnable onChange) {
        ChangeListener<Number> scaleChanged = (obs, old, now) -> onChange.run();
        ChangeListener<Window> windowChanged = (obs, old, now) -> {
            if (old != null) {
                old.renderScaleXProperty().removeListener(scaleChanged);
            }
            if (now != null) {
                now.renderScaleXProperty().addListener(scaleChanged);
            }
            onChange.run();
        };
        node.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.windowProperty().removeListener(windowChanged);
                windowChanged.changed(old.windowProperty(), old.getWindow(), null);
            }
            if (now != null) {
                now.windowProperty().addListener(windowChanged);
                windowChanged.changed(now.windowProperty(), null, now.getWindow());
            }
        });
    }

    private static double clamp(double scale) {
        return Double.isFinite(scale) ? Math.max(1, Math.min(MAX, scale)) : 1;
    }
}
