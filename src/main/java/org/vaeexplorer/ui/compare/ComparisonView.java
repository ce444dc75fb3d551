package org.vaeexplorer.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.fx.DigitViews;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.Theme;

import java.util.Locale;

/** The two decoders' samples side by side, what each side is, and a button for new points. */
public final class ComparisonView extends VBox {

    static final int SCALE = 2;
    static final int GAP = 4;

    public ComparisonView(ComparisonViewModel viewModel) {
        super(10);
        setId("comparisonPanel");
        getStyleClass().add("panel");
        setPadding(new Insets(12));

        Label title = new Label("The same latent points, two decoders");
        title.getStyleClass().add("panel-title");
        Label help = new Label("Each cell on the left and the one in its place on the right decode the same point z drawn"
                + " from the prior N(0, I). The pictures are the decoders' pixel means: where several digits fit a"
                + " point, a decoder draws their average, a blur. A convolutional decoder builds the picture from"
                + " small stroke filters shared across the image, and blurs less.");
        help.getStyleClass().add("hint");
        help.setWrapText(true);
        help.setMaxWidth(2 * (ComparisonViewModel.COLUMNS * (28 * SCALE + GAP)) + 40);

        Side left = new Side("comparisonOnScreen");
        Side right = new Side("comparisonChosen");
        HBox sides = new HBox(24, left, right);
        sides.setAlignment(Pos.TOP_CENTER);

        Label yardstick = new Label();
        yardstick.setId("comparisonTestSharpness");
        yardstick.getStyleClass().add("hint");
        Button again = new Button("New points");
        again.setId("comparisonNewPoints");
        again.setTooltip(Theme.tooltip("Draw new points from the prior and decode them with both models"));
        again.disableProperty().bind(viewModel.busyProperty());
        again.setOnAction(e -> viewModel.newPoints());
        HBox bottom = new HBox(16, again, yardstick);
        bottom.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, help, sides, bottom);

        viewModel.comparisonProperty().addListener((obs, old, now) -> {
            if (now != null) {
                left.show(now.onScreen());
                right.show(now.chosen());
            }
        });
        yardstick.textProperty().bind(Bindings.createStringBinding(() -> {
            ComparisonViewModel.Comparison c = viewModel.comparisonProperty().get();
            if (c == null || Double.isNaN(c.testSharpness())) {
                return "";
            }
            return String.format(Locale.ROOT, "Sharpness of %,d test images: %.3f (the variance of the Laplacian:"
                    + " crisp strokes score high, blur low)", ComparisonViewModel.TEST_IMAGES, c.testSharpness());
        }, viewModel.comparisonProperty()));
    }

    /** One model's title, figures and grid of samples. */
    private static final class Side extends VBox {
        private final Label name = new Label();
        private final Label details = DigitViews.caption("");
        private final ImageView grid = new ImageView();
        private final PixelPainter.Grid painter = new PixelPainter.Grid();

        Side(String id) {
            super(4);
            setId(id);
            name.getStyleClass().add("panel-title");
            name.setId(id + "Title");
            details.setId(id + "Details");
            grid.setId(id + "Grid");
            grid.setSmooth(false);
            getChildren().addAll(name, details, DigitViews.frame(grid));
        }

        void show(ComparisonViewModel.Side side) {
            name.setText(side.title());
            details.setText(side.details());
            grid.setImage(painter.paint(side.samples(), 0, side.samples().count(), ComparisonViewModel.COLUMNS, SCALE, GAP));
        }
    }
}
