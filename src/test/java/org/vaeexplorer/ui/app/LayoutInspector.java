package org.vaeexplorer.ui.app;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Labeled;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds what a person would see as broken in a laid-out window: a label or tab whose text is cut short
 * (its skin shows "…" instead of the whole text), a tab pushed into the overflow menu, a label, image
 * or canvas outside the window, and a teaching tool wider than its tab (its horizontal scroll bar shows: its
 * right-hand texts would be read cut off at the tab's edge; scrolling down a tall tool is fine).
 */
final class LayoutInspector {

    /** Half a pixel either way: layout rounds to whole pixels. */
    private static final double SLACK = 1;

    private final Scene scene;
    private final List<String> problems = new ArrayList<>();
    /** The controls and labels shown, to check that none lies over another. */
    private final List<Node> readable = new ArrayList<>();

    private LayoutInspector(Scene scene) {
        this.scene = scene;
    }

    /** Every problem found in {@code scene} as it is laid out now; empty when there is none. On the FX thread. */
    static List<String> problems(Scene scene) {
        LayoutInspector inspector = new LayoutInspector(scene);
        inspector.visit(scene.getRoot());
        inspector.checkNoOverlap();
        return inspector.problems;
    }

    /**
     * No two controls or labels lie over each other (a title over a button, a panel over the tab names), but for those
     * in two layers of a stack pane (F1's list over the window).
     */
    private void checkNoOverlap() {
        List<Bounds> shown = new ArrayList<>();
        for (Node n : readable) {
            shown.add(clipped(n));
        }
        for (int i = 0; i < readable.size(); i++) {
            for (int j = i + 1; j < readable.size(); j++) {
                Bounds a = shown.get(i);
                Bounds b = shown.get(j);
                if (a == null || b == null) {
                    continue;
                }
                Node common = commonAncestor(readable.get(i), readable.get(j));
                if (common == readable.get(i) || common == readable.get(j) || common instanceof StackPane) {
                    continue; // one inside the other (a choice box's label), or layers of a stack pane
                }
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > 2 * SLACK && h > 2 * SLACK) {
                    problems.add("overlapping: " + describe(readable.get(i)) + " at " + rounded(a) + " and "
                            + describe(readable.get(j)) + " at " + rounded(b));
                }
            }
        }
    }

    /** The nearest node holding both (one of them, where one holds the other). */
    private static Node commonAncestor(Node a, Node b) {
        Set<Node> above = new HashSet<>();
        for (Node n = a; n != null; n = n.getParent()) {
            above.add(n);
        }
        for (Node n = b; n != null; n = n.getParent()) {
            if (above.contains(n)) {
                return n;
            }
        }
        return null;
    }

    /** Its bounds in the scene as far as the scroll panes and clips around it show it; null where none of it shows. */
    private static Bounds clipped(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double minX = b.getMinX();
        double minY = b.getMinY();
        double maxX = b.getMaxX();
        double maxY = b.getMaxY();
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            Bounds v = null;
            Node viewport = n instanceof ScrollPane ? n.lookup(".viewport") : null;
            if (viewport != null) {
                v = viewport.localToScene(viewport.getLayoutBounds());
            } else if (n.getClip() != null) { // a table's rows and headers, clipped to the table
                v = n.localToScene(n.getClip().getBoundsInParent());
            }
            if (v != null) {
                minX = Math.max(minX, v.getMinX());
                minY = Math.max(minY, v.getMinY());
                maxX = Math.min(maxX, v.getMaxX());
                maxY = Math.min(maxY, v.getMaxY());
            }
        }
        return maxX - minX > 0 && maxY - minY > 0 ? new BoundingBox(minX, minY, maxX - minX, maxY - minY) : null;
    }

    private void visit(Node node) {
        visit(node, false);
    }

    /**
     * @param scrolled inside a scroll pane or a table (whose columns scroll sideways), whose content may lie
     *                 outside the window until scrolled to; its texts are still checked whole
     */
    private void visit(Node node, boolean scrolled) {
        if (!node.isVisible()) {
            return; // nor anything inside it
        }
        if (node instanceof Labeled labeled) {
            checkText(labeled);
        }
        if (node instanceof Control && !(node instanceof ScrollPane) && !(node instanceof TabPane)
                && !(node instanceof SplitPane) && !(node instanceof TableView) && !node.isMouseTransparent() && opaque(node)) {
            readable.add(node);
        }
        if (!scrolled && (node instanceof Labeled || node instanceof ImageView || node instanceof Canvas
                || node instanceof ScrollPane)) {
            checkInsideWindow(node);
        }
        if (node instanceof TabPane tabs) {
            checkNoOverflow(tabs);
        }
        if (node instanceof SplitPane split) {
            checkRoomFor(split);
        }
        if (node instanceof ScrollPane scroll && scroll.getStyleClass().contains("tool-tab")) {
            checkNoSidewaysScrolling(scroll);
        }
        if ("drawingPad".equals(node.getId())) {
            checkInView(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, scrolled || node instanceof ScrollPane || node instanceof TableView);
            }
        }
    }

    /** The skin's text node shows the whole text, not an ellipsis cut of it. */
    private void checkText(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isEmpty() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.isVisible() && !full.equals(shown.getText())) {
                problems.add("truncated: \"" + shown.getText() + "\" should read \"" + full + "\" (" + describe(labeled) + ")");
            }
        }
    }

    private void checkInsideWindow(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        if (b.getMinX() < -SLACK || b.getMinY() < -SLACK
                || b.getMaxX() > scene.getWidth() + SLACK || b.getMaxY() > scene.getHeight() + SLACK) {
            problems.add("outside the " + (int) scene.getWidth() + "x" + (int) scene.getHeight() + " window: "
                    + describe(node) + " at " + rounded(b));
        }
    }

    /**
     * A split pane that gives an item less room than its least height lays it under the divider and cuts
     * off its bottom: the room between dividers (or the pane's edges) is at least each item's least height.
     */
    private void checkRoomFor(SplitPane split) {
        List<Node> dividers = new ArrayList<>(split.lookupAll(".split-pane-divider"));
        dividers.removeIf(d -> d.getParent() != split);
        dividers.sort(java.util.Comparator.comparingDouble(Node::getLayoutY));
        for (int i = 0; i < split.getItems().size() && split.getOrientation() == javafx.geometry.Orientation.VERTICAL; i++) {
            double from = i == 0 ? split.snappedTopInset() : dividers.get(i - 1).getBoundsInParent().getMaxY();
            double to = i == split.getItems().size() - 1 ? split.getHeight() - split.snappedBottomInset()
                    : dividers.get(i).getBoundsInParent().getMinY();
            if (split.getItems().get(i) instanceof Region r && to - from < r.minHeight(r.getWidth()) - SLACK) {
                problems.add("room of " + Math.round(to - from) + " px for a least height of "
                        + Math.round(r.minHeight(r.getWidth())) + " px: " + describe(r) + " in a split pane");
            }
        }
    }

    /** Tab headers that do not fit show a menu button (".control-buttons-tab") and hide tabs behind it. */
    private void checkNoOverflow(TabPane tabs) {
        for (Node button : tabs.lookupAll(".control-buttons-tab")) {
            if (button.isVisible() && ancestorsVisible(button, tabs) && button.getLayoutBounds().getWidth() > 0) {
                problems.add("tabs in the overflow menu of " + describe(tabs));
            }
        }
    }

    private void checkNoSidewaysScrolling(ScrollPane scroll) {
        for (Node bar : scroll.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar b && b.getParent() == scroll && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                    && b.isVisible()) {
                problems.add("wider than its tab (scrolls sideways): " + describe(scroll.getContent()) + " "
                        + Math.round(scroll.getContent().prefWidth(-1)) + " px in " + Math.round(scroll.getWidth()) + " px");
            }
        }
    }

    /** Every scroll pane around {@code node} shows all of it (the Draw pad must not be cut off). */
    private void checkInView(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                Node viewport = scroll.lookup(".viewport");
                Bounds v = viewport.localToScene(viewport.getLayoutBounds());
                if (b.getMinX() < v.getMinX() - SLACK || b.getMaxX() > v.getMaxX() + SLACK
                        || b.getMinY() < v.getMinY() - SLACK || b.getMaxY() > v.getMaxY() + SLACK) {
                    problems.add("cut off by its scroll pane: " + describe(node) + " at " + rounded(b)
                            + ", shown " + rounded(v));
                }
            }
        }
    }

    /** Nothing from it up to the scene's root is wholly transparent (visibility the visit has seen to). */
    private static boolean opaque(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean ancestorsVisible(Node node, Node upTo) {
        for (Node n = node; n != null && n != upTo; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String rounded(Bounds b) {
        return String.format("x %.0f..%.0f, y %.0f..%.0f", b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY());
    }

    private static String describe(Node node) {
        String what = node.getClass().getSimpleName();
        if (node.getId() != null) {
            what += " #" + node.getId();
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return what + " in #" + n.getId();
            }
        }
        return what;
    }
}
