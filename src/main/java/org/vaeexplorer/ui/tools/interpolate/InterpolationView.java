package org.vaeexplorer.ui.tools.interpolate;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.fx.FittedImage;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.Theme;
import org.vaeexplorer.ui.fx.DigitViews;
import org.vaeexplorer.ui.fx.I18n;

import java.util.Locale;

/** Two endpoints, the strip of decodings between them, and the slider that walks the latent point along. */
public final class InterpolationView extends VBox {

    static final int GAP = 6;

    private final ImageView strip = new ImageView();
    private final PixelPainter.Grid painter = new PixelPainter.Grid();

    public InterpolationView(InterpolationViewModel viewModel, int scale) {
        super(8);
        getStyleClass().add("tool");
        setPadding(new Insets(8));

        Label title = I18n.bound(new Label(), "tools.interpolate.title");
        title.getStyleClass().add("panel-title");
        Label help = new Label();
        help.getStyleClass().add("hint");

        FlowPane ends = new FlowPane(16, 8, endControls("A", "interpolationA", viewModel.indexAProperty(), viewModel,
                        viewModel::useCurrentPointAsA, viewModel.describeAProperty()),
                endControls("B", "interpolationB", viewModel.indexBProperty(), viewModel,
                        viewModel::useCurrentPointAsB, viewModel.describeBProperty()));
        ends.setAlignment(Pos.CENTER_LEFT);
        ends.setPrefWrapLength(0); // B goes under A where the two do not fit side by side

        strip.setId("interpolationStrip");
        strip.setSmooth(false);

        Slider slider = new Slider(0, 1, viewModel.positionProperty().get());
        slider.setId("interpolationSlider");
        slider.valueProperty().bindBidirectional(viewModel.positionProperty());
        // Ten decodings at full size are wider than a narrow tab: the strip shrinks there, and the slider with it.
        FittedImage fittedStrip = new FittedImage(strip);
        fittedStrip.getStyleClass().add("digit-frame");
        fittedStrip.setMaxWidth(USE_PREF_SIZE);
        slider.prefWidthProperty().bind(fittedStrip.widthProperty());
        slider.setMinWidth(0);
        slider.setMaxWidth(USE_PREF_SIZE);
        Label t = new Label();
        t.getStyleClass().add("latent-text");
        t.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "t = %.2f", viewModel.positionProperty().get()), viewModel.positionProperty()));
        help.textProperty().bind(I18n.bind("tools.interpolate.help"));
        help.setWrapText(true);
        help.setMinWidth(0);
        help.setPrefWidth(0); // takes what the title and t leave, on as many lines as it needs
        HBox.setHgrow(help, Priority.ALWAYS);

        title.setMinWidth(USE_PREF_SIZE);
        t.setMinWidth(USE_PREF_SIZE);
        HBox header = new HBox(16, title, t, help);
        header.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(header, ends, fittedStrip, slider);
        viewModel.stripProperty().addListener((obs, old, now) ->
                strip.setImage(now == null ? null : painter.paint(now.decodings(), 0, now.decodings().count(),
                        now.decodings().count(), scale, GAP)));
    }


    private static HBox endControls(String name, String id, IntegerProperty index,
                                    InterpolationViewModel viewModel, Runnable fromPoint,
                                    ObservableStringValue description) {
        Spinner<Integer> spinner = DigitViews.indexSpinner(index, viewModel.testCountProperty());
        spinner.setId(id + "Index");
        Button point = new Button();
        point.textProperty().bind(I18n.bind("tools.interpolate.fromPoint", name));
        point.setId(id + "FromPoint");
        point.setTooltip(Theme.tooltip(I18n.bind("tools.interpolate.fromPoint.tip", name)));
        point.setOnAction(e -> fromPoint.run());
        Label described = new Label();
        described.textProperty().bind(description);
        described.setMinWidth(170);
        Label label = new Label();
        label.textProperty().bind(I18n.bind("tools.interpolate.end", name));
        label.getStyleClass().add("panel-title");
        label.setMinWidth(USE_PREF_SIZE);
        point.setMinWidth(USE_PREF_SIZE);
        HBox box = new HBox(6, label, spinner, point, described);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

}
