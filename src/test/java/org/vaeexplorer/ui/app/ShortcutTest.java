package org.vaeexplorer.ui.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The one table of shortcuts: no key does two things, and single keys map back to their row. */
class ShortcutTest {

    private static KeyEvent pressed(KeyCode code, String text, boolean ctrl) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, text, text, code, false, ctrl, false, false);
    }

    @Test
    void noAcceleratorIsBoundTwice() {
        var accelerators = Arrays.stream(Shortcut.values()).map(Shortcut::accelerator).filter(Objects::nonNull).toList();
        assertThat(accelerators).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everySingleKeyFindsItsRow() {
        assertThat(Shortcut.ofSingleKey(pressed(KeyCode.SPACE, " ", false))).isEqualTo(Shortcut.PAUSE);
        assertThat(Shortcut.ofSingleKey(pressed(KeyCode.PAGE_UP, "", false))).isEqualTo(Shortcut.PREVIOUS_SNAPSHOT);
        assertThat(Shortcut.ofSingleKey(pressed(KeyCode.PERIOD, ".", false))).isEqualTo(Shortcut.NEXT_SNAPSHOT);
        assertThat(Shortcut.ofSingleKey(pressed(KeyCode.SLASH, "?", false))).isEqualTo(Shortcut.HELP); // Shift+/ on a US layout
        assertThat(Shortcut.ofSingleKey(pressed(KeyCode.P, "p", false))).isEqualTo(Shortcut.PRESENTER);
        assertThat(Shortcut.ofSingleKey(pressed(KeyCode.W, "w", false))).isEqualTo(Shortcut.WHOLE_WINDOW);
        assertThat(Shortcut.ofSingleKey(pressed(KeyCode.X, "x", false))).isNull();
    }

    @Test
    void withCtrlHeldKeysBelongToTheMenus() {
        assertThat(Shortcut.ofSingleKey(pressed(KeyCode.P, "p", true))).isNull();
    }

    @Test
    void noSingleKeyIsTakenByAnEarlierRow() {
        for (Shortcut s : Shortcut.values()) {
            for (KeyCode key : s.singleKeys()) {
                assertThat(Shortcut.ofSingleKey(pressed(key, "", false))).as(s + " " + key).isEqualTo(s);
            }
        }
    }
}
