package org.vaeexplorer.ui.tools.anomalies;

import javafx.beans.binding.Bindings;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.analysis.AnomalyRanking;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.Theme;
import org.vaeexplorer.ui.fx.DigitViews;

import java.util.Locale;
import java.util.stream.IntStream;

/** The least likely test digits, each beside its reconstruction, with rank, label and log-probability. */
public final class AnomalyView extends BorderPane {

    private final FlowPane tiles = new FlowPane(10, 10);
    private final int scale;

    public AnomalyView(AnomalyViewModel viewModel, int scale) {
        this.scale = scale;
        getStyleClass().add("tool");
        setPadding(new Insets(8));

        Label title = new Label();
        title.setId("anomalyTitle");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> "Least likely " + viewModel.classNames().item() + "s", viewModel.classNamesProperty()));
        title.getStyleClass().add("panel-title");
        ChoiceBox<Integer> digit = new ChoiceBox<>(FXCollections.observableArrayList(
                IntStream.range(AnomalyViewModel.ALL, ImageSet.NUM_CLASSES).boxed().toList()));
        digit.setId("anomalyDigit");
        digit.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer d) {
                ClassNames names = viewModel.classNames();
                return d == null || d == AnomalyViewModel.ALL ? "All " + names.item() + "s"
                        : names.digits() ? "Only " + d + "s" : "Only " + names.name(d);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        digit.setValue(viewModel.digitProperty().get());
        digit.valueProperty().addListener((obs, old, now) -> viewModel.digitProperty().set(now));
        Button rank = new Button("Rank");
        rank.setId("rankButton");
        rank.getStyleClass().add("train-button");
        rank.disableProperty().bind(viewModel.busyProperty());
        rank.setTooltip(Theme.tooltip("Score every test digit by its reconstruction log-probability under the model"
                + " on screen, log p(x|z) averaged over draws z ~ q(z|x), and show the lowest first."));
        rank.setOnAction(e -> viewModel.rank());
        Label status = new Label();
        status.setId("anomalyStatus");
        status.getStyleClass().add("hint");
        status.textProperty().bind(viewModel.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("anomalyProgress");
        progress.setPrefWidth(140);
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
        HBox controls = new HBox(12, title, digit, rank, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, controls, status);

        tiles.setId("anomalyTiles");
        tiles.setPadding(new Insets(8, 0, 0, 0));
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("tool-scroll");
        setTop(header);
        setCenter(scroll);
        viewModel.rankingProperty().addListener((obs, old, now) -> show(now));
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
            String label = names.digits() ? "a " + e.label() : names.name(e.label());
            Label text = new Label(String.format(Locale.ROOT, "#%d  %s\n%.1f", i + 1, label, e.logProbability())
                    .replace('-', '\u2212'));
            text.getStyleClass().add("caption");
            VBox tile = new VBox(2, DigitViews.frame(pair), text);
            tile.getStyleClass().add("anomaly-tile");
            Tooltip.install(tile, Theme.tooltip("Test #" + e.index() + ", labelled " + names.name(e.label())
                    + ": the " + names.item() + " (left) and its reconstruction (right). log p(x|z) = "
                    + String.format(Locale.ROOT, "%.1f", e.logProbability()) + " nats."));
            tiles.getChildren().add(tile);
        }
    }
}
