package org.vaeexplorer.ui;

/**
 * JavaFX rendering settings chosen before the toolkit starts; a value the user set with {@code -D} wins.
 */
final class RenderSettings {

    /**
     * Regions draw their backgrounds as plain rectangles instead of stretching a cached image of them. In the
     * software renderer (Xvfb, remote desktops, machines without a GPU driver) the stretched images were half of
     * the render thread's time while training and dragging, and a repaint of the whole window took 130 ms
     * instead of 30; with a GPU either way is cheap.
     */
    static final String REGION_CACHING = "prism.disableRegionCaching";

    private RenderSettings() {
    }

    static void apply() {
        if (System.getProperty(REGION_CACHING) == null) {
            System.setProperty(REGION_CACHING, "true");
        }
    }
}
