package org.vaeexplorer.ui.training;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.fx.DigitViews;
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

        Label title = new Label("One step at a time");
        title.getStyleClass().add("panel-title");
        Label hint = new Label("Train one minibatch and see what the update changes. Resume goes on from here.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        HBox buttons = new HBox(6, stepButton(viewModel, 1, "Step", "stepOneButton", "Train one minibatch (S)"),
                stepButton(viewModel, 10, "10", "stepTenButton", "Train ten minibatches and show the last (Shift+S)"),
                stepButton(viewModel, 100, "100", "stepHundredButton", "Train a hundred minibatches and show the last"));

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
        Label lossTitle = new Label("Its loss before \u2192 after the step, nats per image");
        lossTitle.getStyleClass().add("panel-subtitle");
        lossTitle.setWrapText(true);
        Label gradientTitle = new Label("Gradient norm of each layer");
        gradientTitle.getStyleClass().add("panel-subtitle");
        gradientTitle.setWrapText(true);
        Label arrows = new Label("On the plane, arrows show how the step moved these images' encodings.");
        arrows.getStyleClass().add("hint");
        arrows.setWrapText(true);
        VBox details = new VBox(6, where, DigitViews.frame(batch), lossTitle, losses, gradientTitle, gradients, arrows);
        details.visibleProperty().bind(viewModel.shownProperty().isNotNull());
        details.managedProperty().bind(details.visibleProperty());

        getChildren().addAll(title, hint, buttons, details);
        viewModel.shownProperty().addListener((obs, old, now) -> show(now));
    }

    private static Button stepButton(StepInspector viewModel, int minibatches, String text, String id, String help) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(Theme.tooltip(help));
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
        where.setText(String.format("Epoch %d, minibatch %,d (iteration %,d): %d images, \u03b2 = %.2f",
                shown.epoch() + 1, shown.batch() + 1, shown.iteration(), shown.minibatchSize(), shown.beta()));
        batch.setImage(painter.paint(shown.images(), 0, shown.images().count(), COLUMNS, 1, 1));
        losses.getChildren().addAll(
                change("reconstruction", shown.before().reconstruction(), shown.after().reconstruction()),
                change("KL", shown.before().kl(), shown.after().kl()),
                change("\u2212ELBO", shown.before().negElbo(), shown.after().negElbo()));
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
            gradients.addRow(i, new Label(shown.blocks().get(i).name()), bar, value);
        }
    }

    /** "KL  6.2 → 6.5": before the step, then after; wraps rather than widening a narrow column. */
    private static Label change(String name, double before, double after) {
        Label label = new Label(String.format("%s  %.1f \u2192 %.1f", name, before, after));
        label.setWrapText(true);
        return label;
    }
}
