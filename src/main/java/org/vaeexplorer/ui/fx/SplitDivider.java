package org.vaeexplorer.ui.fx;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The divider of a vertical split pane whose lower part must keep its least height (a tab area: its tab names
 * over the loss charts). A split pane told a fraction it cannot honour, or shrunk with the window, lays the part
 * above over the tab names; here the divider moves up instead.
 */
public final class SplitDivider {

    private SplitDivider() {
    }

    /**
     * Keeps room for {@code lower} in {@code split} whenever the split pane changes size: the split pane keeps
     * the lower part's height in pixels when the window or the status bar changes height, and then lays it
     * under the divider, cut off at the bottom.
     */
    public static void keepRoomFor(Region lower, SplitPane split) {
        split.heightProperty().addListener(o -> Platform.runLater(() -> moveUpIfCramped(lower, split)));
        split.widthProperty().addListener(o -> Platform.runLater(() -> moveUpIfCramped(lower, split)));
    }

    /**
     * Puts the divider at {@code fraction} of the height, or higher if {@code lower} needs it for its least height.
     * It lays out the whole window first, not only the split pane: a change made just before elsewhere (P shows or
     * hides the launch hint above the split pane and widens or narrows the form beside it) gives the split pane its
     * new size only in the next layout pass, which may come after this, and a fraction worked out from the old size
     * but applied to the new one left the tab area taller than it needs and the band above at its least height,
     * the divider with no room to go up.
     */
    public static void place(Region lower, SplitPane split, double fraction) {
        Parent top = split.getScene() == null ? split : split.getScene().getRoot();
        top.applyCss();
        top.layout();
        double total = split.getHeight();
        if (total <= 0) {
            return;
        }
        Region divider = (Region) split.lookup(".split-pane-divider");
        double dividerHeight = divider == null ? 0 : divider.getHeight();
        double least = lower.minHeight(lower.getWidth()) + dividerHeight + 1;
        double position = Math.max(0, Math.min(fraction, (total - least) / total));
        if (Math.abs(position - split.getDividerPositions()[0]) > 1e-4) { // else a split pane holding it elsewhere would loop
            split.setDividerPositions(position);
        }
    }

    private static void moveUpIfCramped(Region lower, SplitPane split) {
        Region divider = (Region) split.lookup(".split-pane-divider");
        if (divider == null || !split.getItems().contains(lower) || split.getHeight() <= 0) {
            return; // not laid out yet, or lifted out to fill the window (W)
        }
        double room = split.getHeight() - split.snappedBottomInset() - divider.getLayoutY() - divider.getHeight();
        if (lower.minHeight(lower.getWidth()) - room > 0.5) {
            place(lower, split, split.getDividerPositions()[0]);
        }
    }
}
