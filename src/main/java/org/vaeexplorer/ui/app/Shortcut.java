package org.vaeexplorer.ui.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.vaeexplorer.ui.lesson.LessonView;

import java.util.List;

/**
 * Every keyboard shortcut of the window, in one table: the menus take their accelerators from here, the
 * single-key filter its keys, and the help overlay (F1) lists exactly these rows, so the list cannot
 * drift from the real bindings.
 *
 * <p>Single keys act only while no text field has the focus (there they type); combinations with
 * Ctrl (Cmd on a Mac) are menu accelerators and act everywhere.
 */
public enum Shortcut {
    OPEN_MODEL("Open a model file", ctrl(KeyCode.O)),
    SAVE_MODEL("Save the model as\u2026", ctrl(KeyCode.S)),
    OPEN_DATASET("Open a dataset folder (four IDX files)", ctrl(KeyCode.D)),
    EXPORT_VIEW("Export the window as PNG", ctrl(KeyCode.E)),
    GENERATE_DATASET("Generate a labelled dataset from the model", ctrl(KeyCode.G)),
    QUIT("Quit", ctrl(KeyCode.Q)),
    TRAIN("Train (a new model, or continue this one)", ctrl(KeyCode.T)),
    PAUSE("Pause / resume training", "Space", null, KeyCode.SPACE),
    STEP("While paused: train one minibatch and show it (Shift+S: ten)", "S", null, KeyCode.S),
    STOP("Stop training", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    RESET("Reset to an untrained model", ctrl(KeyCode.R)),
    EVALUATE("Evaluate the model on screen (Evaluate tab)",
            new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    COMPARE("Compare the decoders of this model and another, on the same latent points", ctrl(KeyCode.K)),
    MANIFOLD("Manifold grid on / off", "M", null, KeyCode.M),
    FIT("Fit the plane to the data", "F", null, KeyCode.F),
    ZOOM_IN("Zoom the plane in", "+", null, KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD),
    ZOOM_OUT("Zoom the plane out", "\u2212", null, KeyCode.MINUS, KeyCode.SUBTRACT),
    NUDGE("Move the point (plane focused; Shift: bigger steps)", "Arrow keys", null),
    PREVIOUS_SNAPSHOT("Blurry \u2192 sharp: previous snapshot", ",  or  Page Up", null, KeyCode.COMMA, KeyCode.PAGE_UP),
    NEXT_SNAPSHOT("Blurry \u2192 sharp: next snapshot", ".  or  Page Down", null, KeyCode.PERIOD, KeyCode.PAGE_DOWN),
    PRESENTER("Presenter mode on / off (large type for a projector)", "P", null, KeyCode.P),
    WHOLE_WINDOW("The panel under the mouse fills the window (W or Esc: back)", "W", null, KeyCode.W),
    HELP("This list of shortcuts on / off", "F1  or  ?", "?", KeyCode.F1),
    LESSON("The lesson on / off (Help > Lesson)", LessonView.OPEN),
    LESSON_STEPS("Lesson: next / previous step",
            LessonView.NEXT.getDisplayText() + "  /  " + LessonView.BACK.getDisplayText(), null);

    private final String action;
    private final String keys;
    private final KeyCombination accelerator;
    private final String typed;
    private final List<KeyCode> singleKeys;

    /** A menu accelerator. */
    Shortcut(String action, KeyCombination accelerator) {
        this.action = action;
        this.accelerator = accelerator;
        this.keys = accelerator.getDisplayText();
        this.typed = null;
        this.singleKeys = List.of();
    }

    /**
     * Single keys, or keys a view handles itself (no key codes here).
     *
     * @param typed a character that also triggers it, whatever key the layout puts it on ("?"), or null
     */
    Shortcut(String action, String keys, String typed, KeyCode... singleKeys) {
        this.action = action;
        this.keys = keys;
        this.accelerator = null;
        this.typed = typed;
        this.singleKeys = List.of(singleKeys);
    }

    private static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** What it does, as the help overlay says it. */
    public String action() {
        return action;
    }

    /** The keys, as the help overlay shows them, e.g. "Ctrl+T" or "F1  or  ?". */
    public String keys() {
        return keys;
    }

    /** The menu accelerator, or null for a single-key shortcut. */
    public KeyCombination accelerator() {
        return accelerator;
    }

    /** The keys that trigger it alone, with no modifier (none for a menu accelerator). */
    List<KeyCode> singleKeys() {
        return singleKeys;
    }

    /** The single-key shortcut {@code e} is, or null (with Ctrl or Alt held, keys belong to the menus). */
    static Shortcut ofSingleKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return null;
        }
        for (Shortcut s : values()) {
            if (s.singleKeys.contains(e.getCode()) || (s.typed != null && s.typed.equals(e.getText()))) {
                return s;
            }
        }
        return null;
    }
}
