package org.vaeexplorer.ui.plane;

import org.vaeexplorer.analysis.GreyImages;

/**
 * The image the class is looking at, which a tool showing one image's way through the model follows (the
 * Network tab): a test image picked on the plane, or the digit drawn on the pad as the encoder reads it. It
 * travels through the plane's view model because the tools do not know each other.
 *
 * @param testIndex the test image's index, or -1 for a drawing
 * @param drawn     the drawing, one image of the model's size, or null for a test image
 */
public record LookedAtImage(int testIndex, GreyImages drawn) {

    public static LookedAtImage testImage(int index) {
        return new LookedAtImage(index, null);
    }

    public static LookedAtImage drawing(GreyImages image) {
        return new LookedAtImage(-1, image);
    }

    public boolean isDrawn() {
        return drawn != null;
    }
}
