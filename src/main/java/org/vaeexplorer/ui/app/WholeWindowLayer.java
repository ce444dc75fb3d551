package org.vaeexplorer.ui.app;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.vaeexplorer.ui.fx.I18n;

import java.util.EnumMap;
import java.util.Map;

/**
 * The layer over the window where one panel fills it all (W): the panel moves here, a blank of its size
 * keeps its place, and it goes back where it was (the divider where it was) when W or Esc is pressed.
 */
final class WholeWindowLayer extends BorderPane {

    private final Map<DisplayViewModel.Panel, Region> panels;
    private Region shown;
    private Region placeholder;
    private double[] dividers;

    WholeWindowLayer(DisplayViewModel display, Map<DisplayViewModel.Panel, Region> panels) {
        this.panels = new EnumMap<>(panels);
        setId("wholeWindowLayer");
        getStyleClass().add("whole-window");
        Label back = new Label();
        back.textProperty().bind(I18n.bind("wholeWindow.back"));
        back.getStyleClass().add("hint");
        back.setMinHeight(USE_PREF_SIZE);
        setBottom(back);
        setVisible(false);
        display.wholeWindowProperty().addListener((obs, old, now) -> {
            if (old != null) {
                giveBack();
            }
            if (now != null) {
                take(this.panels.get(now));
            }
        });
    }

    /** The panel holding the scene point {@code p}, or null when it is over none (the form, the menus). */
    DisplayViewModel.Panel panelAt(Point2D p) {
        for (Map.Entry<DisplayViewModel.Panel, Region> e : panels.entrySet()) {
            Region r = e.getValue();
            if (r.getScene() != null && r.localToScene(r.getLayoutBounds()).contains(p)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The panel holding {@code node} (the focus owner), or null. */
    DisplayViewModel.Panel panelHolding(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            for (Map.Entry<DisplayViewModel.Panel, Region> e : panels.entrySet()) {
                if (e.getValue() == n) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private void take(Region panel) {
        placeholder = new Region();
        placeholder.setPrefSize(panel.getWidth(), panel.getHeight());
        placeholder.setMinSize(0, 0);
        HBox.setHgrow(placeholder, HBox.getHgrow(panel));
        Parent home = panel.getParent();
        SplitPane split = splitHolding(panel);
        if (split != null) {
            dividers = split.getDividerPositions();
            SplitPane.setResizableWithParent(placeholder, SplitPane.isResizableWithParent(panel));
            split.getItems().set(split.getItems().indexOf(panel), placeholder);
        } else if (home instanceof Pane pane) {
            pane.getChildren().set(pane.getChildren().indexOf(panel), placeholder);
        } else {
            throw new IllegalStateException("cannot lift " + panel + " out of " + home);
        }
        shown = panel;
        setCenter(panel);
        setVisible(true);
    }

    private void giveBack() {
        setCenter(null);
        setVisible(false);
        SplitPane split = splitHolding(placeholder);
        if (split != null) {
            split.getItems().set(split.getItems().indexOf(placeholder), shown);
            split.setDividerPositions(dividers);
        } else {
            Pane pane = (Pane) placeholder.getParent();
            pane.getChildren().set(pane.getChildren().indexOf(placeholder), shown);
        }
        shown = null;
        placeholder = null;
    }

    private static SplitPane splitHolding(Node item) {
        for (Node n = item.getParent(); n != null; n = n.getParent()) {
            if (n instanceof SplitPane split && split.getItems().contains(item)) {
                return split;
            }
        }
        return null;
    }
}
