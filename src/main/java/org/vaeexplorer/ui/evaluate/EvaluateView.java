package org.vaeexplorer.ui.evaluate;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
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
import org.vaeexplorer.ui.fx.I18n;
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
    private final Label generationTitle = title(I18n.bind("evaluate.column.generation"));
    private final Bars classes = new Bars("classBars", "evaluate.classes.share");
    private final Bars klBars = new Bars("klBars", "evaluate.kl.nats");
    private final DensityView density = new DensityView();

    public EvaluateView(EvaluateViewModel viewModel) {
        getStyleClass().add("tool");
        setId("evaluatePanel");
        setPadding(new Insets(8));

        Label title = new Label();
        title.textProperty().bind(I18n.bind("evaluate.title"));
        title.getStyleClass().add("panel-title");
        Button evaluate = new Button();
        evaluate.textProperty().bind(I18n.bind("evaluate.button"));
        evaluate.setId("evaluateButton");
        evaluate.getStyleClass().add("train-button");
        evaluate.disableProperty().bind(viewModel.busyProperty());
        evaluate.setTooltip(Theme.tooltip(I18n.bind("evaluate.button.tooltip")));
        evaluate.setOnAction(e -> viewModel.evaluate());
        Button cancel = new Button();
        cancel.textProperty().bind(I18n.bind("evaluate.cancel"));
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
                titled(title(I18n.bind("evaluate.column.reconstruction")), reconstruction),
                titled(generationTitle, generation),
                titled(title(I18n.bind("evaluate.column.coverage")), coverage));
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
        row(reconstruction, "evaluate.elbo", "elboFigure", I18n.bind(() -> I18n.text("evaluate.elbo.value",
                nats(f.test().negElbo()), nats(f.test().reconstruction()), nats(f.test().kl()))));
        row(reconstruction, "evaluate.iwae", "iwaeFigure", I18n.bind(() -> I18n.text("evaluate.iwae.value",
                minus(fixed(e.iwaeLogLikelihood(), 1)), e.iwaeSamples())));
        row(reconstruction, "evaluate.gap", "gapFigure", I18n.bind(() -> I18n.text("evaluate.gap.value", fixed(f.elboGap(), 1))));

        generation.getChildren().clear();
        generationTitle.textProperty().bind(I18n.bind(() -> I18n.text("evaluate.column.generationOf", e.priorSamples())));
        String item = f.classNames().digits() ? "evaluate.item.digit" : "evaluate.item.image";
        row(generation, "evaluate.confidence", "confidenceFigure", I18n.bind(() -> fixed(e.classifierConfidence(), 3)),
                I18n.bind(() -> I18n.text("evaluate.confidence.meaning", I18n.text(item))));
        classes.show(e.classHistogram(), String::valueOf,
                1.0 / e.classHistogram().length * 2);
        row(generation, "evaluate.classes", classes, I18n.bind(() -> I18n.text("evaluate.classes.meaning", I18n.text(item))));
        row(generation, "evaluate.frechet", "frechetFigure", I18n.bind(() -> fixed(e.frechetDistance(), 2)));
        row(generation, "evaluate.sharpness", "sharpnessFigure", I18n.bind(() -> I18n.text("evaluate.sharpness.value",
                fixed(e.sampleSharpness(), 3), fixed(e.testSharpness(), 3))));
        row(generation, "evaluate.accuracy", "accuracyFigure", I18n.bind(() -> I18n.text("evaluate.accuracy.value",
                fixed(e.classifierTestAccuracy() * 100, 2))));

        coverage.getChildren().clear();
        int dims = e.klPerDimension().length;
        row(coverage, "evaluate.active", "activeFigure", I18n.bind(() -> I18n.text("evaluate.active.value", e.activeUnits(), dims)));
        klBars.show(e.klPerDimension(), i -> "z" + (i + 1), 0);
        row(coverage, "evaluate.kl", klBars, I18n.bind("evaluate.kl.meaning"));
        row(coverage, "evaluate.holes", "holesFigure", I18n.bind(() -> I18n.text("evaluate.holes.value",
                fixed(e.priorHoles() * 100, 1))));
        if (f.density() != null) {
            density.show(f.density());
            row(coverage, "evaluate.density", density, I18n.bind("evaluate.density.meaning"));
        }
    }

    private static VBox column() {
        return new VBox(6);
    }

    private static Label title(ObservableValue<String> text) {
        Label title = new Label();
        title.textProperty().bind(text);
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

    /**
     * A figure: its name and value on one line (two if they need it), and under them what it means. Its name is
     * the bundle's {@code key}, its meaning {@code key.meaning}.
     */
    private static void row(VBox column, String key, String id, ObservableValue<String> value) {
        row(column, key, id, value, I18n.bind(key + ".meaning"));
    }

    private static void row(VBox column, String key, String id, ObservableValue<String> value, ObservableValue<String> meaning) {
        Label v = new Label();
        v.textProperty().bind(value);
        v.setId(id);
        v.getStyleClass().add("figure-value");
        v.setWrapText(true);
        v.setMinHeight(Region.USE_PREF_SIZE);
        row(column, key, v, meaning);
    }

    private static void row(VBox column, String key, Node value, ObservableValue<String> meaning) {
        Label n = new Label();
        n.textProperty().bind(I18n.bind(key));
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
        Label m = new Label();
        m.textProperty().bind(meaning);
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
