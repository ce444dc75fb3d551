package org.vaeexplorer.ui.compare;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.fx.DigitViews;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.Theme;


/** The two decoders' samples side by side, what each side is, and a button for new points. */
public final class ComparisonView extends VBox {

    static final int SCALE = 2;
    static final int GAP = 4;

    public ComparisonView(ComparisonViewModel viewModel) {
        super(10);
        setId("comparisonPanel");
        getStyleClass().add("panel");
        setPadding(new Insets(12));

        Label title = new Label();
        title.textProperty().bind(I18n.bind("compare.title"));
        title.getStyleClass().add("panel-title");
        Label help = new Label();
        help.textProperty().bind(I18n.bind("compare.help"));
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
        Button again = new Button();
        again.textProperty().bind(I18n.bind("compare.newPoints"));
        again.setId("comparisonNewPoints");
        again.setTooltip(Theme.tooltip(I18n.bind("compare.newPoints.tooltip")));
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
        yardstick.textProperty().bind(I18n.bind(() -> {
            ComparisonViewModel.Comparison c = viewModel.comparisonProperty().get();
            if (c == null || Double.isNaN(c.testSharpness())) {
                return "";
            }
            return I18n.text("compare.testSharpness", ComparisonViewModel.TEST_IMAGES, c.testSharpness());
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
            name.textProperty().bind(I18n.bind(side::title));
            details.textProperty().bind(I18n.bind(side::details));
            grid.setImage(painter.paint(side.samples(), 0, side.samples().count(), ComparisonViewModel.COLUMNS, SCALE, GAP));
        }
    }
}
