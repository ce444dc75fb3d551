package org.vaeexplorer.ui.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.vaeexplorer.ui.fx.I18n;
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
    OPEN_MODEL("shortcut.openModel", ctrl(KeyCode.O)),
    SAVE_MODEL("shortcut.saveModel", ctrl(KeyCode.S)),
    OPEN_DATASET("shortcut.openDataset", ctrl(KeyCode.D)),
    EXPORT_VIEW("shortcut.exportView", ctrl(KeyCode.E)),
    GENERATE_DATASET("shortcut.generateDataset", ctrl(KeyCode.G)),
    QUIT("shortcut.quit", ctrl(KeyCode.Q)),
    TRAIN("shortcut.train", ctrl(KeyCode.T)),
    PAUSE("shortcut.pause", "shortcut.keys.space", null, KeyCode.SPACE),
    STEP("shortcut.step", "S", null, KeyCode.S),
    STOP("shortcut.stop", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    RESET("shortcut.reset", ctrl(KeyCode.R)),
    EVALUATE("shortcut.evaluate",
            new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    COMPARE("shortcut.compare", ctrl(KeyCode.K)),
    MANIFOLD("shortcut.manifold", "M", null, KeyCode.M),
    FIT("shortcut.fit", "F", null, KeyCode.F),
    ZOOM_IN("shortcut.zoomIn", "+", null, KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD),
    ZOOM_OUT("shortcut.zoomOut", "\u2212", null, KeyCode.MINUS, KeyCode.SUBTRACT),
    NUDGE("shortcut.nudge", "shortcut.keys.arrows", null),
    PREVIOUS_SNAPSHOT("shortcut.previousSnapshot", "shortcut.keys.previousSnapshot", null, KeyCode.COMMA, KeyCode.PAGE_UP),
    NEXT_SNAPSHOT("shortcut.nextSnapshot", "shortcut.keys.nextSnapshot", null, KeyCode.PERIOD, KeyCode.PAGE_DOWN),
    // The Anomalies tab's two buttons, on its tab only; O, the next letter of ROC, as R ranks.
    RANK("shortcut.rank", "R", null, KeyCode.R),
    ROC("shortcut.roc", "O", null, KeyCode.O),
    PRESENTER("shortcut.presenter", "P", null, KeyCode.P),
    WHOLE_WINDOW("shortcut.wholeWindow", "W", null, KeyCode.W),
    HELP("shortcut.help", "shortcut.keys.help", "?", KeyCode.F1),
    LESSON("shortcut.lesson", LessonView.OPEN),
    LESSON_STEPS("shortcut.lessonSteps",
            LessonView.NEXT.getDisplayText() + "  /  " + LessonView.BACK.getDisplayText(), null);

    /** The start of the bundle keys of keys named in words ("Space", "Arrow keys"). */
    private static final String KEYS_IN_WORDS = "shortcut.keys.";

    /** The bundle key of what it does. */
    private final String action;
    /** The keys as shown: a key combination's text, a key's own sign, or the bundle key of keys named in words. */
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

    /** What it does, as the help overlay says it, in the current language. */
    public String action() {
        return I18n.text(action);
    }

    /** The keys, as the help overlay shows them, e.g. "Ctrl+T" or "F1  or  ?", in the current language. */
    public String keys() {
        return keys.startsWith(KEYS_IN_WORDS) ? I18n.text(keys) : keys;
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
