package org.vaeexplorer.ui.tools.network;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.analysis.NetworkTrace;
import org.vaeexplorer.ui.fx.DigitViews;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.Theme;
import org.vaeexplorer.ui.tools.network.NetworkViewModel.Shown;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The VAE drawn as it is, left to right: the input digit, the encoder's layers, μ and σ of each latent
 * dimension with ε and z, the decoder's layers, the decoder's picture of z, and under them the loss of this
 * image written out with its values.
 */
public final class NetworkView extends VBox {

    /** Dimensions listed; a 20-D model's others are counted, not listed. */
    private static final int LISTED = 8;
    /** A bar's length for one unit of μ or σ, in pixels. */
    private static final double BAR_PER_UNIT = 12;

    private final int scale;
    private final PixelPainter.Grid inputPainter = new PixelPainter.Grid();
    private final PixelPainter.Grid outputPainter = new PixelPainter.Grid();
    private final ImageView input = new ImageView();
    private final ImageView output = new ImageView();
    private final Label encoder = new Label();
    private final Label decoder = new Label();
    private final GridPane latent = new GridPane();
    private final Label loss = new Label();

    public NetworkView(NetworkViewModel viewModel, int scale) {
        super(8);
        this.scale = scale;
        setId("networkView");
        getStyleClass().add("tool");

        Label help = I18n.bound(new Label(), "tools.network.help");
        help.getStyleClass().add("hint");
        help.setWrapText(true);

        Spinner<Integer> index = DigitViews.indexSpinner(viewModel.indexProperty(), viewModel.testCountProperty());
        index.setId("networkIndex");
        ToggleGroup which = new ToggleGroup();
        RadioButton sample = I18n.bound(new RadioButton(), "tools.network.sampled");
        sample.setId("networkSampled");
        sample.setToggleGroup(which);
        RadioButton mean = I18n.bound(new RadioButton(), "tools.network.mean");
        mean.setId("networkMean");
        mean.setToggleGroup(which);
        sample.setSelected(viewModel.sampledProperty().get());
        mean.setSelected(!viewModel.sampledProperty().get());
        sample.setOnAction(e -> viewModel.sampledProperty().set(true));
        mean.setOnAction(e -> viewModel.sampledProperty().set(false));
        viewModel.sampledProperty().addListener((obs, was, now) -> (now ? sample : mean).setSelected(true));
        Button again = I18n.bound(new Button(), "tools.network.sampleAgain");
        again.setId("sampleAgainButton");
        again.setTooltip(Theme.tooltip(I18n.bind("tools.network.sampleAgain.tip")));
        again.setOnAction(e -> viewModel.sampleAgain());
        Label indexLabel = I18n.bound(new Label(), "tools.network.testDigit");
        Label source = new Label();
        source.setId("networkSource");
        source.getStyleClass().add("panel-subtitle");
        source.textProperty().bind(I18n.bind(() -> I18n.text("tools.network.input", viewModel.sourceTextProperty().get()),
                viewModel.sourceTextProperty()));
        FlowPane controls = new FlowPane(10, 6, indexLabel, index, sample, mean, again, source);
        controls.setAlignment(Pos.CENTER_LEFT);

        encoder.setId("networkEncoder");
        decoder.setId("networkDecoder");
        latent.setId("networkLatent");
        latent.setHgap(6);
        latent.setVgap(1);
        loss.setId("networkLoss");
        loss.setWrapText(true);
        input.setId("networkInput");
        output.setId("networkOutput");
        FlowPane diagram = new FlowPane(12, 8,
                stage(DigitViews.caption("x"), DigitViews.frame(input)), arrow(encoder),
                stage(I18n.bound(DigitViews.caption(null), "tools.network.stage.latent"), latent), arrow(decoder),
                stage(I18n.bound(DigitViews.caption(null), "tools.network.stage.output"), DigitViews.frame(output)));
        diagram.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(help, controls, diagram, loss);
        viewModel.shownProperty().addListener((obs, old, now) -> show(now));
        I18n.onChange(this, () -> show(viewModel.shownProperty().get()));
    }


    private static VBox stage(Label title, Region content) {
        VBox box = new VBox(4, title, content);
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    private static VBox arrow(Label layers) {
        layers.setWrapText(true);
        layers.setMaxWidth(130); // "400 → 784 像素" on one line
        Label arrow = new Label("\u2192");
        arrow.setStyle("-fx-font-size: 2em;");
        VBox box = new VBox(2, layers, arrow);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void show(Shown shown) {
        latent.getChildren().clear();
        if (shown == null) {
            return;
        }
        NetworkTrace t = shown.trace();
        input.setImage(inputPainter.paint(new GreyImages(1, shown.rows(), shown.cols(), t.input()), 0, 1, 1, scale, 0));
        output.setImage(outputPainter.paint(new GreyImages(1, shown.rows(), shown.cols(), t.output()), 0, 1, 1, scale, 0));
        encoder.setText(I18n.text("tools.network.encoder", layers(NetworkTrace.encoderLayers(shown.config()))));
        decoder.setText(I18n.text("tools.network.decoder", layers(NetworkTrace.decoderLayers(shown.config()))));
        latent.addRow(0, new Label(), header("μ"), new Label(), header("σ"), new Label(), header("ε"), header("z"));
        int d = t.mean().length;
        for (int j = 0; j < Math.min(d, LISTED); j++) {
            latent.addRow(j + 1, new Label("z" + (j + 1)), bar(t.mean()[j], "#1f77b4"), number(t.mean()[j]),
                    bar(t.standardDeviation()[j], "#d95f02"), number(t.standardDeviation()[j]),
                    number(t.sampled() ? t.noise()[j] : 0), number(t.z()[j]));
        }
        if (d > LISTED) {
            latent.add(new Label(I18n.text("tools.network.moreDimensions", d - LISTED)), 0, LISTED + 1, 7, 1);
        }
        loss.setText(I18n.text("tools.network.loss", t.reconstruction(), t.beta(), t.kl(), t.loss()));
    }

    /** "784 pixels → 400 → 20", in the window's language. */
    private static String layers(List<NetworkTrace.Layer> layers) {
        return layers.stream().map(layer -> switch (layer.kind()) {
            case PIXELS -> I18n.text("tools.network.layer.pixels", layer.size());
            case DENSE -> String.valueOf(layer.size());
            case CONV -> I18n.text("tools.network.layer.conv", layer.size());
            case MAPS -> I18n.text("tools.network.layer.maps", layer.size());
            case TRANSPOSED_CONV -> I18n.text("tools.network.layer.transposedConv", layer.size());
        }).collect(Collectors.joining(" \u2192 "));
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-subtitle");
        return label;
    }

    private static Label number(float value) {
        Label label = new Label(String.format("%.2f", value).replace('-', '\u2212'));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A bar as long as |value| (capped), to the left for a negative μ. */
    private static HBox bar(float value, String colour) {
        Region bar = new Region();
        double length = Math.min(40, Math.abs(value) * BAR_PER_UNIT);
        bar.setMinSize(length, 8);
        bar.setMaxSize(length, 8);
        bar.setStyle("-fx-background-color: " + colour + ";");
        HBox box = new HBox(bar);
        box.setMinWidth(42);
        box.setPrefWidth(42);
        box.setAlignment(value < 0 ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        return box;
    }
}
