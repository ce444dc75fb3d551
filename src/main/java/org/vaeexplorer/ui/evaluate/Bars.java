package org.vaeexplorer.ui.evaluate;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Theme;

import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A row of vertical bars, one per value, each named underneath: the class histogram, the KL of each latent
 * dimension. Heights are relative to the largest value (or to {@code scaleTo} when it is larger), so ten even
 * shares of 0.10 do not look like ten full bars.
 */
final class Bars extends HBox {

    /** Height of the tallest bar; the type under it follows the window's (presenter mode). */
    static final double HEIGHT = 56;
    /** With more bars than this, every fifth is named: the rest would not fit under them. */
    static final int NAME_EVERY_BAR_UP_TO = 20;

    private final String valueKey;

    /** @param valueKey the bundle's text of a value with what it is, for the tooltips ("%s of the samples") */
    Bars(String id, String valueKey) {
        super(3);
        setId(id);
        this.valueKey = valueKey;
        setAlignment(Pos.BOTTOM_LEFT);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    /** Shows {@code values}, bar i named {@code names.apply(i)}, as tall as value / max(largest, scaleTo). */
    void show(double[] values, IntFunction<String> names, double scaleTo) {
        getChildren().clear();
        double top = scaleTo;
        for (double v : values) {
            top = Math.max(top, v);
        }
        double width = values.length > NAME_EVERY_BAR_UP_TO ? 8 : values.length > 10 ? 14 : 22;
        for (int i = 0; i < values.length; i++) {
            Region bar = new Region();
            bar.getStyleClass().add("figure-bar");
            double h = top > 0 ? Math.max(1, HEIGHT * values[i] / top) : 1;
            bar.setMinSize(width, h);
            bar.setPrefSize(width, h);
            bar.setMaxSize(width, h);
            boolean named = values.length <= NAME_EVERY_BAR_UP_TO || i % 5 == 0;
            Label name = new Label(named ? names.apply(i) : "");
            name.getStyleClass().add("bar-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            VBox column = new VBox(1, bar, name);
            column.setAlignment(Pos.BOTTOM_CENTER);
            column.setMinWidth(width);
            String barName = names.apply(i);
            String value = String.format(Locale.ROOT, "%.3f", values[i]);
            Tooltip.install(column, Theme.tooltip(I18n.bind(() -> barName + ": " + I18n.text(valueKey, value))));
            getChildren().add(column);
        }
    }
}
