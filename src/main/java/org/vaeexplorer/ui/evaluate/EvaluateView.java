package org.vaeexplorer.ui.evaluate;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vaeexplorer.evaluation.FullEvaluation;
import org.vaeexplorer.ui.fx.Theme;

import java.util.Locale;

/**
 * The Evaluate tab: Evaluate and Cancel with the progress of the step under way, then the figures of the three
 * criteria side by side, each with what it means in one line. Figures of an earlier model are dimmed and say so.
 */
public final class EvaluateView extends VBox {

    private static final double DIMMED = 0.45;
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final VBox reconstruction = column();
    private final VBox generation = column();
    private final VBox coverage = column();
    private final Label generationTitle = title("Generation");
    private final Bars classes = new Bars("classBars", "of the samples");
    private final Bars klBars = new Bars("klBars", "nats per test image");
    private final DensityView density = new DensityView();

    public EvaluateView(EvaluateViewModel viewModel) {
        getStyleClass().add("tool");
        setId("evaluatePanel");
        setPadding(new Insets(8));

        Label title = new Label("How good is this VAE?");
        title.getStyleClass().add("panel-title");
        Button evaluate = new Button("Evaluate");
        evaluate.setId("evaluateButton");
        evaluate.getStyleClass().add("train-button");
        evaluate.disableProperty().bind(viewModel.busyProperty());
        evaluate.setTooltip(Theme.tooltip("Judge the model on screen on the test set: the importance-weighted log p(x),"
                + " a digit classifier's view of samples from the prior, and how much of the latent space the test"
                + " images use. Takes one to a few minutes."));
        evaluate.setOnAction(e -> viewModel.evaluate());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelEvaluationButton");
        cancel.visibleProperty().bind(viewModel.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> viewModel.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("evaluateProgress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label stage = new Label();
        stage.setId("evaluateStage");
        stage.getStyleClass().add("hint");
        stage.textProperty().bind(viewModel.stageProperty());
        stage.setMinWidth(0);
        for (Region r : new Region[] {title, evaluate, cancel, progress}) {
            r.setMinWidth(USE_PREF_SIZE);
        }
        HBox controls = new HBox(12, title, evaluate, cancel, progress, stage);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("evaluateStatus");
        status.getStyleClass().add("hint");
        status.textProperty().bind(viewModel.statusProperty());
        // Under the controls, on as many lines as the tab's width needs: never cut off at its edge.
        status.setWrapText(true);
        status.setMinWidth(0);
        status.setPrefWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(USE_PREF_SIZE);
        viewModel.staleProperty().addListener((obs, old, now) -> status.pseudoClassStateChanged(STALE, now));

        FlowPane columns = new FlowPane(16, 12,
                titled(title("Reconstruction"), reconstruction),
                titled(generationTitle, generation),
                titled(title("Latent coverage"), coverage));
        columns.setId("evaluateFigures");
        columns.setPadding(new Insets(8, 0, 0, 0));
        columns.setAlignment(Pos.TOP_LEFT);
        columns.visibleProperty().bind(viewModel.figuresProperty().isNotNull());
        columns.opacityProperty().bind(Bindings.when(viewModel.staleProperty()).then(DIMMED).otherwise(1.0));
        // The columns wrap at the tab's width, and the tab's height follows from the rows that makes.
        columns.prefWrapLengthProperty().bind(widthProperty().subtract(getPadding().getLeft() + getPadding().getRight()));
        getChildren().addAll(new VBox(4, controls, status), columns);
        viewModel.figuresProperty().addListener((obs, old, now) -> {
            if (now != null) {
                show(now);
            }
        });
    }

    private void show(EvaluateViewModel.Figures f) {
        FullEvaluation e = f.full();
        reconstruction.getChildren().clear();
        row(reconstruction, "Test \u2212ELBO", "elboFigure",
                nats(f.test().negElbo()) + " = " + nats(f.test().reconstruction()) + " + " + nats(f.test().kl()),
                "Reconstruction + KL, nats per test image: what it costs to describe an image through the VAE."
                        + " Lower is better.");
        row(reconstruction, "log p(x), IWAE", "iwaeFigure",
                minus(fixed(e.iwaeLogLikelihood(), 1)) + " nats, k = " + e.iwaeSamples(),
                "A tighter estimate of how likely the model finds a test image (importance-weighted): higher is better.");
        row(reconstruction, "The ELBO's gap", "gapFigure", fixed(f.elboGap(), 1) + " nats",
                "How far the ELBO falls below log p(x): the price of the encoder's guess of z.");

        generation.getChildren().clear();
        generationTitle.setText(String.format(Locale.ROOT, "Generation: %,d samples from the prior", e.priorSamples()));
        row(generation, "Classifier confidence", "confidenceFigure", fixed(e.classifierConfidence(), 3),
                "The classifier's mean top probability on the samples: 1 = every sample a clear " + f.classNames().item() + ".");
        classes.show(e.classHistogram(), String::valueOf,
                1.0 / e.classHistogram().length * 2);
        row(generation, "Classes", classes,
                "The share of samples it calls each class: ten even bars = every " + f.classNames().item() + ", evenly.");
        row(generation, "Fr\u00e9chet distance", "frechetFigure", fixed(e.frechetDistance(), 2),
                "Samples against test images in the classifier's features: 0 = alike, larger = further apart.");
        row(generation, "Sharpness", "sharpnessFigure",
                fixed(e.sampleSharpness(), 3) + " samples, " + fixed(e.testSharpness(), 3) + " test images",
                "Variance of the Laplacian: lower = blurrier. VAE samples are blurrier than real images.");
        row(generation, "The judge's accuracy", "accuracyFigure",
                fixed(e.classifierTestAccuracy() * 100, 2) + "% of the test images",
                "How often the classifier itself is right: the figures above are only as good as it is.");

        coverage.getChildren().clear();
        int dims = e.klPerDimension().length;
        row(coverage, "Active units", "activeFigure", e.activeUnits() + " of " + dims,
                "Latent dimensions whose mean moves with the image; the others carry nothing.");
        klBars.show(e.klPerDimension(), i -> "z" + (i + 1), 0);
        row(coverage, "KL per dimension", klBars, "Nats each dimension carries about an image: ~0 = unused.");
        row(coverage, "Prior holes", "holesFigure", fixed(e.priorHoles() * 100, 1) + "% of prior samples",
                "Samples far from every test encoding: there the decoder draws what no test image looks like.");
        if (f.density() != null) {
            density.show(f.density());
            row(coverage, "Where the data sits", density,
                    "The test encodings (shading) over the prior's 1\u03c3 and 2\u03c3 circles: empty parts of the"
                            + " circles are holes.");
        }
    }

    private static VBox column() {
        return new VBox(6);
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("caption");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        return title;
    }

    private static VBox titled(Label title, VBox figures) {
        VBox box = new VBox(6, title, figures);
        box.getStyleClass().add("figure-column"); // its width, in em, grows with the type (explorer.css)
        return box;
    }

    /** A figure: its name and value on one line (two if they need it), and under them what it means. */
    private static void row(VBox column, String name, String id, String value, String meaning) {
        Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add("figure-value");
        v.setWrapText(true);
        v.setMinHeight(Region.USE_PREF_SIZE);
        row(column, name, v, meaning);
    }

    private static void row(VBox column, String name, Node value, String meaning) {
        Label n = new Label(name);
        n.getStyleClass().add("figure-name");
        n.setMinWidth(Region.USE_PREF_SIZE);
        // The value wraps within the column rather than run into the next one.
        Region line;
        if (value instanceof Label v) {
            v.setMinWidth(0);
            v.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(v, javafx.scene.layout.Priority.ALWAYS);
            HBox nameAndValue = new HBox(8, n, value);
            nameAndValue.setAlignment(Pos.BASELINE_LEFT);
            line = nameAndValue;
        } else {
            line = new VBox(2, n, value); // a picture goes under its name
        }
        Label m = new Label(meaning);
        m.getStyleClass().add("hint");
        m.setWrapText(true);
        m.setMinHeight(Region.USE_PREF_SIZE);
        column.getChildren().add(new VBox(0, line, m));
    }

    private static String fixed(double v, int digits) {
        return minus(String.format(Locale.ROOT, "%." + digits + "f", v));
    }

    private static String nats(double v) {
        return fixed(v, 1);
    }

    /** A true minus sign, as the rest of the window writes negative figures. */
    private static String minus(String s) {
        return s.replace('-', '\u2212');
    }
}
