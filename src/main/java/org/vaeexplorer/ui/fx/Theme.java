package org.vaeexplorer.ui.fx;

import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.util.Duration;

/**
 * Sizes and colours shared by the views, charts and canvases. The base font matches the style sheet's
 * 12 pt (16 px at 96 dpi): the smallest text in the window, legible on a classroom projector.
 */
public final class Theme {

    /** 12 pt at 96 dpi, in pixels: canvases and charts draw text at this size, never smaller. */
    public static final double FONT_PX = 16;
    public static final Font FONT = Font.font("System", FONT_PX);
    public static final Font BOLD = Font.font("System", FontWeight.BOLD, FONT_PX);

    /**
     * One colour per digit 0..9 (D3's category10): distinct on white and for the common colour-vision
     * deficiencies at the dot sizes used here, and familiar from many MNIST latent plots.
     */
    public static final int[] DIGIT_RGB = {
        0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf,
    };

    static final double TOOLTIP_WIDTH = 440;
    public static final Color AXIS = Color.web("#333333");
    static final Color GRID = Color.web("#e4e4e4");
    public static final Color TRAIN_COLOR = Color.web("#1f77b4");
    public static final Color TEST_COLOR = Color.web("#d95f02");

    private Theme() {
    }

    /** A tooltip that wraps long help instead of running off the screen. */
    public static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(TOOLTIP_WIDTH);
        tip.setShowDelay(Duration.millis(400));
        return tip;
    }

    public static Color digitColor(int digit) {
        return Color.rgb((DIGIT_RGB[digit] >> 16) & 0xFF, (DIGIT_RGB[digit] >> 8) & 0xFF, DIGIT_RGB[digit] & 0xFF);
    }

    public static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
