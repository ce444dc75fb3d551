package org.vaeexplorer.ui.lesson;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.fx.HelpLine;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Theme;

/**
 * The lesson as a panel at the window's right: "Step n of 8", the step's title and what to look at, Back, Next,
 * Set up again and Close. Followed with the keyboard alone: {@link #NEXT} and {@link #BACK} anywhere in the window
 * while it is open (a text field keeps them for itself), Esc in the panel closes it.
 */
public final class LessonView extends VBox {

    /** Help &gt; Lesson: opens and closes the lesson; a key the window's other shortcuts leave free. */
    public static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.F2);
    /**
     * The next and the previous step. With Ctrl (Cmd on a Mac) held: the plain arrows move the plane's point, and
     * Page Up and Down step through the blurry to sharp snapshots.
     */
    public static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN);

    private final LessonViewModel viewModel;
    /** One handler, so that the scene it was added to can take it away again. */
    private final EventHandler<KeyEvent> stepKeys = this::stepKeys;

    public LessonView(LessonViewModel viewModel) {
        super(8);
        this.viewModel = viewModel;
        setId("lessonPanel");
        getStyleClass().addAll("panel", "lesson-panel");

        Label title = HelpLine.title("");
        title.textProperty().bind(I18n.bind("lesson.title"));
        Label stepOf = new Label();
        stepOf.setId("lessonStepOf");
        stepOf.getStyleClass().add("hint");
        stepOf.textProperty().bind(I18n.bind(() -> I18n.text("lesson.stepOf", viewModel.indexProperty().get() + 1,
                viewModel.stepCount()), viewModel.indexProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, stepOf);
        header.setAlignment(Pos.BASELINE_LEFT);

        // Wrapping anywhere a line may break: a Chinese title has no spaces to wrap at.
        Label stepTitle = new Label();
        stepTitle.getStyleClass().add("panel-title");
        stepTitle.setWrapText(true);
        stepTitle.setMinHeight(Region.USE_PREF_SIZE);
        stepTitle.setId("lessonStepTitle");
        stepTitle.textProperty().bind(I18n.bind(() -> I18n.text(viewModel.stepBinding().get().titleKey()),
                viewModel.stepBinding()));
        Label text = new Label();
        text.setId("lessonStepText");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(I18n.bind(() -> I18n.text(viewModel.stepBinding().get().textKey()),
                viewModel.stepBinding()));

        Button back = button("lessonBack", "lesson.back", viewModel::back);
        back.disableProperty().bind(viewModel.firstBinding());
        Button next = button("lessonNext", "lesson.next", viewModel::next);
        next.disableProperty().bind(viewModel.lastBinding());
        HBox moves = new HBox(8, back, next);
        Button setUp = button("lessonSetUp", "lesson.setUp", viewModel::setUp);
        setUp.setTooltip(Theme.tooltip(I18n.bind("lesson.setUp.tooltip")));
        Button close = button("lessonClose", "lesson.close", viewModel::close);
        HBox others = new HBox(8, setUp, close);

        Label keys = new Label();
        keys.setId("lessonKeys");
        keys.getStyleClass().add("hint");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        keys.textProperty().bind(I18n.bind(() -> I18n.text("lesson.keys", NEXT.getDisplayText(), BACK.getDisplayText())));

        getChildren().addAll(header, scrolling(new VBox(8, stepTitle, text)), moves, others, keys);

        visibleProperty().bind(viewModel.shownProperty());
        managedProperty().bind(visibleProperty());
        // Opened by its key or the menu, the lesson takes the keyboard, so that the next key is the lesson's
        // (once shown: a hidden button cannot take it).
        viewModel.shownProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(() -> (next.isDisabled() ? back : next).requestFocus());
            }
        });
        listenToKeys();
    }

    /** The step's words, scrolling where the window is short (presenter mode at 720 pixels): the buttons stay in view. */
    private static ScrollPane scrolling(VBox step) {
        ScrollPane words = new ScrollPane(step);
        words.setId("lessonWords");
        // As tall as the words where there is room (a scroll pane would otherwise ask for one line of them).
        words.prefViewportHeightProperty().bind(step.heightProperty());
        words.setMinViewportHeight(0);
        words.setFitToWidth(true);
        words.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        words.getStyleClass().add("lesson-scroll");
        words.setFocusTraversable(false);
        return words;
    }

    /** Esc in the panel closes it; {@link #NEXT} and {@link #BACK} act in the whole window ({@link #stepKeys}). */
    private void listenToKeys() {
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.close();
                e.consume();
            }
        });
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, stepKeys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, stepKeys);
            }
        });
    }

    /**
     * Next and Back wherever the focus is, before the plane takes the arrow (a filter on the scene), but not in a
     * text field, where Ctrl+arrows move by words.
     */
    private void stepKeys(KeyEvent e) {
        Scene scene = getScene();
        Node focus = scene == null ? null : scene.getFocusOwner();
        if (!viewModel.shownProperty().get() || focus instanceof TextInputControl) {
            return;
        }
        if (NEXT.match(e)) {
            viewModel.next();
            e.consume();
        } else if (BACK.match(e)) {
            viewModel.back();
            e.consume();
        }
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(I18n.bind(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
