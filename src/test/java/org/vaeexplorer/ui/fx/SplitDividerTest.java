package org.vaeexplorer.ui.fx;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.TinyWindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The divider is placed from the layout the window is about to get. Pressing P shows or hides the launch hint
 * above the split pane and widens or narrows the form beside it; the divider is placed in a later turn of the
 * FX thread, which may come before or after the layout pass those changes wait for. Here the note above
 * appears or goes in the same turn as the divider is placed, so no layout pass can come between them.
 */
@ExtendWith(ApplicationExtension.class)
class SplitDividerTest {

    private static final double UPPER_LEAST = 100;
    private static final double LOWER_LEAST = 150;
    private static final double NOTE_HEIGHT = 60;

    private Region note;
    private Region lower;
    private SplitPane split;

    @Start
    void start(Stage stage) {
        note = new Region();
        note.setPrefHeight(NOTE_HEIGHT);
        note.managedProperty().bind(note.visibleProperty());
        Region upper = new Region();
        upper.setMinHeight(UPPER_LEAST);
        lower = new Region();
        lower.setMinHeight(LOWER_LEAST);
        split = new SplitPane(upper, lower);
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(lower, false);
        SplitDivider.keepRoomFor(lower, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        stage.setScene(new Scene(new VBox(note, split), 600, 400));
        stage.show();
    }

    @Test
    void aNoteGoingAwayAboveInTheSameTurnLeavesTheLowerPartWhereALaterPlacingWould() throws Exception {
        assertSameTurnPlacingAsLater(false);
    }

    @Test
    void aNoteAppearingAboveInTheSameTurnLeavesTheLowerPartWhereALaterPlacingWould() throws Exception {
        assertSameTurnPlacingAsLater(true);
    }

    /**
     * With the note shown or hidden, places the divider at a fraction the lower part's least height overrules,
     * once in the turn that shows or hides the note and once after the window has been laid out with it: both
     * leave the lower part the same height, its least height and the few pixels {@link SplitDivider#place} adds.
     */
    private void assertSameTurnPlacingAsLater(boolean noteShown) throws Exception {
        String when = noteShown ? "with the note shown" : "with the note gone";
        setNote(!noteShown);
        WaitForAsyncUtils.asyncFx(() -> {
            note.setVisible(noteShown);
            SplitDivider.place(lower, split, 0.9);
        }).get();
        TinyWindow.awaitFrames(4);
        double[] sameTurn = heights();

        setNote(!noteShown);
        setNote(noteShown);
        WaitForAsyncUtils.asyncFx(() -> SplitDivider.place(lower, split, 0.9)).get();
        TinyWindow.awaitFrames(4);
        double[] later = heights();

        assertThat(later[1]).as("split pane height " + when).isEqualTo(later[2] - (noteShown ? NOTE_HEIGHT : 0), within(0.5));
        assertThat(later[0]).as("lower part's height " + when + ", placed after the layout").isBetween(LOWER_LEAST, LOWER_LEAST + 5);
        assertThat(sameTurn[0]).as("lower part's height " + when + ", placed in the same turn (after the layout: "
                + later[0] + ")").isEqualTo(later[0], within(0.5));
    }

    private void setNote(boolean shown) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> note.setVisible(shown)).get();
        TinyWindow.awaitFrames(4);
    }

    /** The lower part's, the split pane's and the window's height. */
    private double[] heights() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new double[] {lower.getHeight(), split.getHeight(), split.getScene().getHeight()}).get();
    }
}
