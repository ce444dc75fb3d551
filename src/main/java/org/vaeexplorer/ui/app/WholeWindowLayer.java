package org.vaeexplorer.ui.app;

import javafx.geometry.Insets;
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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The layer over the window where one panel fills it all (W): the panel moves here, a blank of its size
 * keeps its place, and it goes back where it was (the divider where it was) when W or Esc is pressed.
 * The plane takes the decoded digit with it, at its right: on a projector the plane is enlarged to drag the
 * point over it, and the class must see what each point decodes to.
 */
final class WholeWindowLayer extends BorderPane {

    private static final double BESIDE_GAP = 8;

    private final Map<DisplayViewModel.Panel, Region> panels;
    /** What is in this layer now, the panel first; empty while every panel is in its place. */
    private final List<Lifted> lifted = new ArrayList<>();

    /** A panel moved here, the blank keeping its place, and the split pane's dividers when it was in one. */
    private record Lifted(Region panel, Region placeholder, double[] dividers) {
    }

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
                take(now);
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

    private void take(DisplayViewModel.Panel which) {
        Region panel = panels.get(which);
        setCenter(lift(panel));
        Region digit = panels.get(DisplayViewModel.Panel.DECODED_DIGIT);
        if (which == DisplayViewModel.Panel.PLANE && digit != null) {
            BorderPane.setMargin(digit, new Insets(0, 0, 0, BESIDE_GAP));
            setRight(lift(digit));
        }
        setVisible(true);
    }

    /** Moves {@code panel} out of its place, leaving a blank of its size there; returns it. */
    private Region lift(Region panel) {
        Region placeholder = new Region();
        placeholder.setPrefSize(panel.getWidth(), panel.getHeight());
        placeholder.setMinSize(0, 0);
        HBox.setHgrow(placeholder, HBox.getHgrow(panel));
        Parent home = panel.getParent();
        SplitPane split = splitHolding(panel);
        double[] dividers = null;
        if (split != null) {
            dividers = split.getDividerPositions();
            SplitPane.setResizableWithParent(placeholder, SplitPane.isResizableWithParent(panel));
            split.getItems().set(split.getItems().indexOf(panel), placeholder);
        } else if (home instanceof Pane pane) {
            pane.getChildren().set(pane.getChildren().indexOf(panel), placeholder);
        } else {
            throw new IllegalStateException("cannot lift " + panel + " out of " + home);
        }
        lifted.add(new Lifted(panel, placeholder, dividers));
        return panel;
    }

    private void giveBack() {
        setCenter(null);
        setRight(null);
        setVisible(false);
        for (int i = lifted.size() - 1; i >= 0; i--) {
            Lifted l = lifted.get(i);
            BorderPane.setMargin(l.panel(), null);
            SplitPane split = splitHolding(l.placeholder());
            if (split != null) {
                split.getItems().set(split.getItems().indexOf(l.placeholder()), l.panel());
                split.setDividerPositions(l.dividers());
            } else {
                Pane pane = (Pane) l.placeholder().getParent();
                pane.getChildren().set(pane.getChildren().indexOf(l.placeholder()), l.panel());
            }
        }
        lifted.clear();
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
