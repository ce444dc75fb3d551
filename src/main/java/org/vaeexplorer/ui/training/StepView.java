package org.vaeexplorer.ui.training;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.fx.DigitViews;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.Theme;
import org.vaeexplorer.ui.training.StepInspector.Shown;

/**
 * While a run is paused: Step buttons, and what the last stepped minibatch did (its images, the loss before
 * and after the update, the gradient's norm in each layer). Hidden while the run goes on.
 */
public final class StepView extends VBox {

    /** The longest gradient bar, in pixels; the others are drawn to the same scale. */
    private static final double BAR_WIDTH = 60;
    /** The shown images' width, in pixels: within the training column's narrowest. */
    private static final double BATCH_WIDTH = 200;
    /** The minibatch's shown images, in rows of this many. */
    private static final int COLUMNS = 8;

    private final PixelPainter.Grid painter = new PixelPainter.Grid();
    private final ImageView batch = new ImageView();
    private final Label where = new Label();
    private final VBox losses = new VBox(2);
    private final GridPane gradients = new GridPane();

    public StepView(TrainingViewModel training) {
        super(6);
        StepInspector viewModel = training.steps();
        setId("stepPanel");
        getStyleClass().addAll("panel", "step-panel");
        visibleProperty().bind(training.stateProperty().isEqualTo(TrainingViewModel.RunState.PAUSED));
        managedProperty().bind(visibleProperty());

        Label title = new Label();
        title.textProperty().bind(I18n.bind("training.step.title"));
        title.getStyleClass().add("panel-title");
        Label hint = new Label();
        hint.textProperty().bind(I18n.bind("training.step.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        HBox buttons = new HBox(6, stepButton(viewModel, 1, I18n.bind("training.step.one"), "stepOneButton"),
                stepButton(viewModel, 10, new SimpleStringProperty("10"), "stepTenButton"),
                stepButton(viewModel, 100, new SimpleStringProperty("100"), "stepHundredButton"));

        where.setId("stepWhere");
        where.setWrapText(true);
        batch.setId("stepBatch");
        batch.setPreserveRatio(true);
        batch.setSmooth(false);
        batch.setFitWidth(BATCH_WIDTH);
        losses.setId("stepLosses");
        gradients.setId("stepGradients");
        gradients.setHgap(6);
        gradients.setVgap(2);
        Label lossTitle = new Label();
        lossTitle.textProperty().bind(I18n.bind("training.step.losses"));
        lossTitle.getStyleClass().add("panel-subtitle");
        lossTitle.setWrapText(true);
        Label gradientTitle = new Label();
        gradientTitle.textProperty().bind(I18n.bind("training.step.gradients"));
        gradientTitle.getStyleClass().add("panel-subtitle");
        gradientTitle.setWrapText(true);
        Label arrows = new Label();
        arrows.textProperty().bind(I18n.bind("training.step.arrows"));
        arrows.getStyleClass().add("hint");
        arrows.setWrapText(true);
        VBox details = new VBox(6, where, DigitViews.frame(batch), lossTitle, losses, gradientTitle, gradients, arrows);
        details.visibleProperty().bind(viewModel.shownProperty().isNotNull());
        details.managedProperty().bind(details.visibleProperty());

        getChildren().addAll(title, hint, buttons, details);
        viewModel.shownProperty().addListener((obs, old, now) -> show(now));
        I18n.onChange(this, () -> show(viewModel.shownProperty().get())); // the step told anew in the language chosen
    }

    /** A Step button; its tooltip is the bundle's text of its id, e.g. training.step.stepOneButton. */
    private static Button stepButton(StepInspector viewModel, int minibatches, ObservableValue<String> text, String id) {
        Button button = new Button();
        button.textProperty().bind(text);
        button.setId(id);
        button.setTooltip(Theme.tooltip(I18n.bind("training.step." + id)));
        button.disableProperty().bind(viewModel.canStepBinding().not());
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinWidth(0); // three buttons share a narrow column: they shrink before they push it wider
        HBox.setHgrow(button, Priority.ALWAYS);
        button.setOnAction(e -> viewModel.step(minibatches));
        return button;
    }

    private void show(Shown shown) {
        losses.getChildren().clear();
        gradients.getChildren().clear();
        if (shown == null) {
            batch.setImage(null);
            return;
        }
        where.setText(I18n.text("training.step.where", shown.epoch() + 1, shown.batch() + 1, shown.iteration(),
                shown.minibatchSize(), shown.beta()));
        batch.setImage(painter.paint(shown.images(), 0, shown.images().count(), COLUMNS, 1, 1));
        losses.getChildren().addAll(
                change(I18n.text("training.step.reconstruction"), shown.before().reconstruction(), shown.after().reconstruction()),
                change(I18n.text("training.step.kl"), shown.before().kl(), shown.after().kl()),
                change(I18n.text("training.step.negElbo"), shown.before().negElbo(), shown.after().negElbo()));
        double largest = 0;
        for (double norm : shown.gradientNorms()) {
            largest = Math.max(largest, norm);
        }
        for (int i = 0; i < shown.blocks().size(); i++) {
            double norm = shown.gradientNorms()[i];
            Region bar = new Region();
            bar.getStyleClass().add("gradient-bar");
            bar.setStyle("-fx-background-color: #1f77b4;");
            double width = largest > 0 ? Math.max(1, BAR_WIDTH * norm / largest) : 1;
            bar.setMinSize(width, 10);
            bar.setMaxSize(width, 10);
            Label value = new Label(String.format("%.3g", norm));
            value.setMinWidth(Region.USE_PREF_SIZE);
            gradients.addRow(i, new Label(layerName(shown.blocks().get(i).name())), bar, value);
        }
    }

    /**
     * A layer as the model names it ("encoder 1", "decoder transposed conv 2", "μ head"), word by word in the
     * window's language; a word the bundle does not know stays as it is.
     */
    static String layerName(String name) {
        StringBuilder s = new StringBuilder();
        for (String word : name.split(" ")) {
            String key = switch (word) {
                case "encoder" -> "training.layer.encoder";
                case "decoder" -> "training.layer.decoder";
                case "conv" -> "training.layer.conv";
                case "transposed" -> "training.layer.transposed";
                case "dense" -> "training.layer.dense";
                case "head" -> "training.layer.head";
                case "output" -> "training.layer.output";
                default -> null;
            };
            s.append(s.length() == 0 ? "" : " ").append(key == null ? word : I18n.text(key));
        }
        return s.toString();
    }

    /** "KL  6.2 → 6.5": before the step, then after; wraps rather than widening a narrow column. */
    private static Label change(String name, double before, double after) {
        Label label = new Label(String.format("%s  %.1f \u2192 %.1f", name, before, after));
        label.setWrapText(true);
        return label;
    }
}
