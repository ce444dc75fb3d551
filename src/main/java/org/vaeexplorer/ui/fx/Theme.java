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
     * One colour per class 0..9, chosen from Okabe &amp; Ito's, Paul Tol's and IBM's colour-blind-safe sets
     * to keep every pair apart (CIELAB distance above 20) for normal vision, under simulated deuteranopia
     * and protanopia (Machado et al. 2009) and washed out by a projector (40% towards white), and each
     * away from white (the plane) and black (the manifold's background): PaletteTest.
     * Common palettes such as D3's category10 put a red/green pair among the digits, which protanopia merges.
     * Neighbouring MNIST clusters (4/9, 3/5/8, 7/9) get far-apart hues.
     */
    public static final int[] DIGIT_RGB = {
        0x332288, 0xddcc77, 0xf0e442, 0x66ccee, 0x648fff, 0x882255, 0xee6677, 0x117733, 0x0072b2, 0xfe6100,
    };

    static final double TOOLTIP_WIDTH = 440;
    public static final Color AXIS = Color.web("#333333");
    static final Color GRID = Color.web("#e4e4e4");
    public static final Color TRAIN_COLOR = Color.web("#1f77b4");
    public static final Color TEST_COLOR = Color.web("#d95f02");

    private Theme() {
    }

    /** A tooltip that wraps long help instead of running off the screen; its text may be set again (not bound). */
    public static Tooltip tooltip(String text) {
        Tooltip tip = wrapping();
        tip.setText(text);
        return tip;
    }

    /** A tooltip that wraps long help, its text following {@code text} (an {@link I18n#bind} text). */
    public static Tooltip tooltip(javafx.beans.value.ObservableValue<String> text) {
        Tooltip tip = wrapping();
        tip.textProperty().bind(text);
        return tip;
    }

    private static Tooltip wrapping() {
        Tooltip tip = new Tooltip();
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
