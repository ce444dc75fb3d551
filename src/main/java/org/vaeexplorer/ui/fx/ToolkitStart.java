package org.vaeexplorer.ui.fx;

import org.vaeexplorer.model.NativeRuntime;

/**
 * What must happen before the JavaFX toolkit starts, in the one place every start goes through (the window's
 * launch and the instruments' {@code Platform.startup}).
 */
public final class ToolkitStart {

    /**
     * Regions draw their backgrounds as plain rectangles instead of stretching a cached image of them. In the
     * software renderer (Xvfb, remote desktops, machines without a GPU driver) the stretched images were half of
     * the render thread's time while training and dragging, and a repaint of the whole window took much longer;
     * with a GPU either way is cheap. A value the user set with {@code -D} wins.
     */
    static final String REGION_CACHING = "prism.disableRegionCaching";

    private ToolkitStart() {
    }

    /**
     * Loads ND4J's natives to the end, then chooses the rendering settings. The order is the native loading
     * rule of {@link NativeRuntime}: JavaFX's toolkit loads GTK, Prism and its font libraries with
     * {@code dlopen}, and that must never run while JavaCPP is loading.
     */
    public static void prepare() {
        NativeRuntime.configure();
        if (System.getProperty(REGION_CACHING) == null) {
            System.setProperty(REGION_CACHING, "true");
        }
    }
}
