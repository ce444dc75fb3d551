package org.vaeexplorer.ui.tools.anomalies;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;

import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.analysis.AnomalyRanking;
import org.vaeexplorer.evaluation.AnomalyDetection;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.Theme;
import org.vaeexplorer.ui.fx.DigitViews;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** The least likely test digits, each beside its reconstruction, with rank, label and log-probability. */
public final class AnomalyView extends BorderPane {

    /** Width of the ROC's title, legend and hint beside the plot. */
    private static final double TEXT_WIDTH = 240;

    private final FlowPane tiles = new FlowPane(10, 10);
    private final int scale;

    public AnomalyView(AnomalyViewModel viewModel, int scale) {
        this.scale = scale;
        getStyleClass().add("tool");
        setPadding(new Insets(8));

        Label title = new Label();
        title.setId("anomalyTitle");
        title.textProperty().bind(I18n.bind(() -> I18n.text("tools.anomalies.title",
                AnomalyViewModel.items(viewModel.classNames())), viewModel.classNamesProperty()));
        title.getStyleClass().add("panel-title");
        ChoiceBox<Integer> digit = new ChoiceBox<>(FXCollections.observableArrayList(
                IntStream.range(AnomalyViewModel.ALL, ImageSet.NUM_CLASSES).boxed().toList()));
        digit.setId("anomalyDigit");
        digit.setConverter(choices(viewModel));
        // A new converter makes the choice box write its items anew, in the language or for the classes now shown.
        I18n.onChange(digit, () -> digit.setConverter(choices(viewModel)));
        viewModel.classNamesProperty().addListener((obs, was, now) -> digit.setConverter(choices(viewModel)));
        digit.setValue(viewModel.digitProperty().get());
        digit.valueProperty().addListener((obs, old, now) -> viewModel.digitProperty().set(now));
        Button rank = I18n.bound(new Button(), "tools.anomalies.rank");
        rank.setId("rankButton");
        rank.getStyleClass().add("train-button");
        rank.disableProperty().bind(viewModel.busyProperty());
        rank.setTooltip(Theme.tooltip(I18n.bind("tools.anomalies.rank.tip")));
        rank.setOnAction(e -> viewModel.rank());
        Label status = new Label();
        status.setId("anomalyStatus");
        status.getStyleClass().add("hint");
        status.textProperty().bind(viewModel.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("anomalyProgress");
        progress.setPrefWidth(100);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        for (Region r : new Region[] {title, digit, rank, progress}) {
            r.setMinWidth(USE_PREF_SIZE);
        }
        // Under the controls, on as many lines as the tab's width needs: never cut off at its edge.
        status.setWrapText(true);
        status.setMinWidth(0);
        status.setPrefWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        // On two lines where the ROC beside them leaves too little width (presenter mode beside the lesson), never
        // under the ROC's words.
        FlowPane controls = new FlowPane(12, 6, title, digit, rank, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, controls, status);

        tiles.setId("anomalyTiles");
        tiles.setPadding(new Insets(8, 0, 0, 0));
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("tool-scroll");
        VBox ranking = new VBox(0, header, scroll);
        // The ROC beside it keeps its width: the ranking gives way (its status wraps, its tiles reflow).
        ranking.setMinWidth(0);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setCenter(ranking);
        setRight(rocPanel(viewModel));
        viewModel.rankingProperty().addListener((obs, old, now) -> show(now));
        I18n.onChange(this, () -> show(viewModel.rankingProperty().get()));
    }


    private static StringConverter<Integer> choices(AnomalyViewModel viewModel) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer d) {
                ClassNames names = viewModel.classNames();
                return d == null || d == AnomalyViewModel.ALL
                        ? I18n.text("tools.anomalies.choice.all", AnomalyViewModel.items(names))
                        : I18n.text("tools.anomalies.choice.only", AnomalyViewModel.ofClass(names, d));
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
    }

    /**
     * Beside the ranking: for a model trained with a digit left out, the ROC of finding that digit and each
     * score's AUROC; for any other model, how to get one.
     */
    private static HBox rocPanel(AnomalyViewModel viewModel) {
        Label title = new Label();
        title.setId("rocTitle");
        title.getStyleClass().add("panel-title");
        Button measure = new Button("ROC");
        measure.setId("rocButton");
        measure.disableProperty().bind(viewModel.busyProperty());
        measure.setTooltip(Theme.tooltip(I18n.bind(() -> I18n.text("tools.anomalies.roc.tip",
                AnomalyViewModel.item(viewModel.classNames())), viewModel.classNamesProperty())));
        measure.setOnAction(e -> viewModel.measureRoc());
        HBox top = new HBox(8, title, measure);
        top.setAlignment(Pos.CENTER_LEFT);
        RocPlot plot = new RocPlot();
        VBox legend = new VBox(2);
        legend.setId("rocLegend");
        Label hint = new Label();
        hint.setId("rocHint");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label legendTitle = I18n.bound(new Label(), "tools.anomalies.legend");
        legendTitle.getStyleClass().add("caption");
        legend.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c ->
                legendTitle.setVisible(!legend.getChildren().isEmpty()));
        legendTitle.managedProperty().bind(legendTitle.visibleProperty());
        legendTitle.setVisible(false);
        VBox words = new VBox(4, top, legendTitle, legend, hint);
        words.setPrefWidth(TEXT_WIDTH);
        words.setMinWidth(TEXT_WIDTH);
        words.setMaxWidth(TEXT_WIDTH);
        HBox panel = new HBox(8, plot, words);
        panel.setId("rocPanel");
        panel.setPadding(new Insets(0, 0, 0, 12));
        panel.setFillHeight(false);
        Runnable refresh = () -> {
            Integer digit = viewModel.leftOutProperty().get();
            AnomalyDetection.Result result = viewModel.detectionProperty().get();
            ClassNames names = viewModel.classNames();
            boolean leftOut = digit != null;
            title.setText(leftOut ? I18n.text("tools.anomalies.roc.title", AnomalyViewModel.ofClass(names, digit)) : "ROC");
            for (Node n : new Node[] {measure, plot, legend}) {
                n.setVisible(leftOut);
                n.setManaged(leftOut);
            }
            plot.show(result);
            legend.getChildren().setAll(result == null ? List.of() : legendRows(result));
            String item = AnomalyViewModel.item(names);
            String items = AnomalyViewModel.items(names);
            hint.setText(!leftOut ? I18n.text("tools.anomalies.roc.hint.allSeen", item, item, item, items)
                    : result == null ? I18n.text("tools.anomalies.roc.hint.press", LatentPlaneViewModel.className(names, digit), items)
                    : I18n.text("tools.anomalies.roc.hint.read", items));
        };
        viewModel.leftOutProperty().addListener((obs, old, now) -> refresh.run());
        viewModel.detectionProperty().addListener((obs, old, now) -> refresh.run());
        viewModel.classNamesProperty().addListener((obs, old, now) -> refresh.run());
        I18n.onChange(panel, refresh);
        refresh.run();
        return panel;
    }

    /** One row per score: its colour and dash as drawn, its name and its AUROC. */
    private static List<Node> legendRows(AnomalyDetection.Result result) {
        List<Node> rows = new java.util.ArrayList<>();
        AnomalyDetection.Score[] scores = AnomalyDetection.Score.values();
        for (int s = 0; s < scores.length; s++) {
            Line swatch = new Line(0, 0, 22, 0);
            swatch.setStroke(RocPlot.COLORS[s]);
            swatch.setStrokeWidth(3);
            for (double dash : RocPlot.DASHES[s]) {
                swatch.getStrokeDashArray().add(dash);
            }
            // The figure first: a narrow column cuts the end of a label, never the AUROC.
            Label text = new Label(String.format(Locale.ROOT, "%.3f  %s", result.roc(scores[s]).area(), scores[s].label()));
            text.setId("rocArea" + s);
            text.getStyleClass().add("caption");
            Tooltip.install(text, Theme.tooltip(meaning(scores[s])));
            HBox row = new HBox(6, swatch, text);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.add(row);
        }
        return rows;
    }

    /** What the score is, one line. */
    private static String meaning(AnomalyDetection.Score score) {
        return switch (score) {
            case RECONSTRUCTION -> I18n.text("tools.anomalies.score.reconstruction");
            case NEG_ELBO -> I18n.text("tools.anomalies.score.negElbo");
            case IMPORTANCE_WEIGHTED -> I18n.text("tools.anomalies.score.importanceWeighted");
        };
    }

    private void show(AnomalyViewModel.Ranking ranking) {
        tiles.getChildren().clear();
        if (ranking == null) {
            return;
        }
        for (int i = 0; i < ranking.entries().size(); i++) {
            AnomalyRanking.Entry e = ranking.entries().get(i);
            ImageView pair = new ImageView(new PixelPainter.Grid().paint(ranking.images(), 2 * i, 2, 2, scale, 2));
            pair.setSmooth(false);
            ClassNames names = ranking.classNames();
            String label = names.digits() ? I18n.text("tools.anomalies.tile.digit", e.label()) : LatentPlaneViewModel.className(names, e.label());
            Label text = new Label(String.format(Locale.ROOT, "#%d  %s\n%.1f", i + 1, label, e.logProbability())
                    .replace('-', '\u2212'));
            text.getStyleClass().add("caption");
            VBox tile = new VBox(2, DigitViews.frame(pair), text);
            tile.getStyleClass().add("anomaly-tile");
            Tooltip.install(tile, Theme.tooltip(I18n.text("tools.anomalies.tile.tip", e.index(), LatentPlaneViewModel.className(names, e.label()),
                    AnomalyViewModel.item(names), e.logProbability())));
            tiles.getChildren().add(tile);
        }
    }
}
