package org.vaeexplorer.ui.fx;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a vertical scroll pane to show a node of its content. */
public final class ScrollReveal {

    private ScrollReveal() {
    }

    /**
     * Scrolls {@code pane} so that {@code node} (inside its content) starts at the top of the view, or as near
     * as the content's end allows: as much of the node as fits is shown.
     */
    public static void toTop(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        pane.layout();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double scrollable = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
        if (scrollable > 0) {
            pane.setVvalue(Math.max(0, Math.min(1, inContent.getMinY() / scrollable)));
        }
    }
}
