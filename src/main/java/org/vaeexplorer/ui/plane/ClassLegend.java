package org.vaeexplorer.ui.plane;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Theme;

import java.util.ArrayList;
import java.util.List;

/**
 * The plane's legend: a coloured dot and the class's name per class, in two columns (short enough for
 * the band above the charts on a 720-pixel projector). Where the plane is too narrow for the names
 * beside the plot (presenter mode on a 1024-pixel screen, or Fashion-MNIST's long names), the entries
 * show the class numbers instead, each name in the entry's tooltip: whole numbers rather than names cut
 * short or a window wider than the screen.
 */
final class ClassLegend extends Region {

    private static final double HGAP = 10;
    private static final double VGAP = 0;
    private static final int COLUMNS = 2;

    private final List<Label> entries = new ArrayList<>();
    private final List<StringProperty> tips = new ArrayList<>();
    private ClassNames names = ClassNames.DIGITS;
    private boolean numbers;

    ClassLegend(int classes) {
        for (int c = 0; c < classes; c++) {
            Label entry = new Label("", new Circle(7, Theme.digitColor(c)));
            entry.getStyleClass().add("legend-entry");
            entry.setMinWidth(Region.USE_PREF_SIZE);
            StringProperty tip = new SimpleStringProperty("");
            Tooltip.install(entry, Theme.tooltip(tip));
            entries.add(entry);
            tips.add(tip);
        }
        getChildren().addAll(entries);
        I18n.onChange(this, this::show); // the classes named anew in the language chosen
        show();
    }

    void setNames(ClassNames names) {
        this.names = names;
        show();
    }

    /**
     * Shows the names if the legend may be {@code width} wide, else the numbers. Called by the plane
     * before it lays out its children.
     */
    void fitTo(double width) {
        boolean fewer = width + 0.5 < namedWidth();
        if (fewer != numbers) {
            numbers = fewer;
            show();
        }
    }

    /** The width with the names shown: what the legend would like. */
    double namedWidth() {
        double entry = 0;
        for (int c = 0; c < entries.size(); c++) {
            Label label = entries.get(c);
            entry = Math.max(entry, label.prefWidth(-1) - textWidth(label, label.getText())
                    + textWidth(label, LatentPlaneViewModel.className(names, c)));
        }
        return width(entry);
    }

    private void show() {
        for (int c = 0; c < entries.size(); c++) {
            String name = LatentPlaneViewModel.className(names, c);
            entries.get(c).setText(numbers ? Integer.toString(c) : name);
            tips.get(c).set(name);
        }
    }

    private static double textWidth(Label label, String s) {
        Text text = new Text(s);
        text.setFont(label.getFont());
        return text.getLayoutBounds().getWidth();
    }

    private double width(double entryWidth) {
        return snappedLeftInset() + snappedRightInset() + COLUMNS * snapSizeX(entryWidth) + (COLUMNS - 1) * HGAP;
    }

    private int rows() {
        return (entries.size() + COLUMNS - 1) / COLUMNS;
    }

    private double entryWidth() {
        double w = 0;
        for (Label entry : entries) {
            w = Math.max(w, entry.prefWidth(-1));
        }
        return w;
    }

    private double rowHeight() {
        double h = 0;
        for (Label entry : entries) {
            h = Math.max(h, entry.prefHeight(-1));
        }
        return snapSizeY(h);
    }

    /** The least width: the numbers' (whichever is shown now, the numbers are no wider). */
    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (int c = 0; c < entries.size(); c++) {
            Label label = entries.get(c);
            widest = Math.max(widest, label.prefWidth(-1) - textWidth(label, label.getText())
                    + textWidth(label, Integer.toString(c)));
        }
        return width(widest);
    }

    @Override
    protected double computePrefWidth(double height) {
        return width(entryWidth());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        int rows = rows();
        return snappedTopInset() + snappedBottomInset() + rows * rowHeight() + (rows - 1) * VGAP;
    }

    @Override
    protected void layoutChildren() {
        int rows = rows();
        double entryWidth = snapSizeX(entryWidth());
        double rowHeight = rowHeight();
        for (int i = 0; i < entries.size(); i++) {
            Label entry = entries.get(i);
            entry.resizeRelocate(snappedLeftInset() + (i / rows) * (entryWidth + HGAP),
                    snappedTopInset() + (i % rows) * (rowHeight + VGAP), entry.prefWidth(-1), rowHeight);
        }
    }
}
