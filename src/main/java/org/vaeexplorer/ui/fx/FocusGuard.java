package org.vaeexplorer.ui.fx;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * Keeps the keyboard focus out of text fields unless the user puts it there. When the focused control is
 * disabled or hidden (Rank while it ranks, Train while a run goes), JavaFX hands the focus to the next
 * focusable node, often the first field of the form; the next single-key shortcut (M) would then type into
 * it. Such a move is sent to a neutral node instead; a click or Tab into a field still lands there, since
 * the node it leaves is still enabled and visible.
 */
public final class FocusGuard {

    private FocusGuard() {
    }

    /** @param neutral where the focus goes instead (the latent plane: its keys do no harm) */
    public static void install(Scene scene, Node neutral) {
        // JavaFX first clears the focus owner, then picks the next node: remember that the last owner was lost.
        // (An array: the listener's one piece of state.)
        boolean[] lost = {false};
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            boolean moved = old != null && old != neutral && !eligible(old);
            if (now == null) {
                lost[0] = moved;
                if (moved) {
                    // JavaFX picks the next node in this same turn; a later click into a field is the user's.
                    Platform.runLater(() -> lost[0] = false);
                }
                return;
            }
            boolean wasLost = lost[0];
            lost[0] = false;
            if (now instanceof TextInputControl && (moved || wasLost)) {
                neutral.requestFocus();
            }
        });
    }

    private static boolean eligible(Node n) {
        if (n.getScene() == null || n.isDisabled()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
