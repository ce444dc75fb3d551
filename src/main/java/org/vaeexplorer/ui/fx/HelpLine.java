package org.vaeexplorer.ui.fx;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A panel's help line: one sentence under its title saying what it shows and what to do with it. It wraps
 * onto more lines where the panel is narrow (presenter mode, a 1024-pixel screen) and is never cut short.
 */
public final class HelpLine {

    /** The root's style class in presenter mode (explorer.css). */
    public static final String PRESENTER = "presenter";

    /** Where a title may go onto a new line: between words, and between any two Chinese characters (no spaces). */
    private static final String BREAKS = "\\s+|(?<=\\p{IsHan})|(?=\\p{IsHan})";

    /** Narrow enough never to widen a panel; the line fills whatever width the panel has. */
    private static final double PREF_WIDTH = 200;

    private HelpLine() {
    }

    /**
     * A panel title that, in a narrow panel, goes onto two lines between words rather than being cut:
     * it is never narrower than its longest word in the font it has (which presenter mode changes).
     */
    public static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("panel-title");
        return wrapBetweenWords(title);
    }

    /** {@code title} wrapping between words, never narrower than its longest word, never cut short. */
    public static Label wrapBetweenWords(Label title) {
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Runnable fit = () -> {
            Text word = new Text();
            word.setFont(title.getFont());
            double widest = 0;
            for (String w : title.getText().split(BREAKS)) {
                word.setText(w);
                widest = Math.max(widest, word.getLayoutBounds().getWidth());
            }
            title.setMinWidth(Math.ceil(widest) + 2 + title.snappedLeftInset() + title.snappedRightInset());
        };
        title.fontProperty().addListener((obs, old, now) -> fit.run());
        title.textProperty().addListener((obs, old, now) -> fit.run());
        fit.run();
        return title;
    }

    /**
     * The help line; it steps aside in presenter mode (the root's {@code presenter} style class), where a
     * projector's few pixels go to the pictures and the lecturer does the explaining.
     */
    public static Label of(String sentence) {
        Label line = new Label(sentence);
        line.getStyleClass().addAll("hint", "help-line");
        line.setWrapText(true);
        line.setMinWidth(0);
        line.setPrefWidth(PREF_WIDTH); // the panel's other content sets its width, the line wraps to it
        line.setMaxWidth(Double.MAX_VALUE);
        line.setMinHeight(Region.USE_PREF_SIZE);
        ListChangeListener<String> follow = change -> show(line);
        line.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getRoot().getStyleClass().removeListener(follow);
            }
            if (scene != null) {
                scene.getRoot().getStyleClass().addListener(follow);
            }
            show(line);
        });
        return line;
    }

    private static void show(Label line) {
        boolean presenter = line.getScene() != null && line.getScene().getRoot().getStyleClass().contains(PRESENTER);
        line.setVisible(!presenter);
        line.setManaged(!presenter);
    }
}
