package org.vaeexplorer.ui.plane;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.ui.fx.FittedImage;
import org.vaeexplorer.ui.fx.HelpLine;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.Theme;

/** A few test digits beside their reconstructions, refreshed whenever the model changes. */
public final class ReconstructionView extends VBox {

    static final int GAP = 4;

    private final int scale;
    private final ImageView originals = new ImageView();
    private final ImageView reconstructions = new ImageView();
    private final PixelPainter.Grid originalPainter = new PixelPainter.Grid();
    private final PixelPainter.Grid reconstructionPainter = new PixelPainter.Grid();

    /** @param scale screen pixels per image pixel */
    public ReconstructionView(ReconstructionViewModel viewModel, int scale) {
        super(6);
        this.scale = scale;
        getStyleClass().add("panel");
        Label title = HelpLine.title("");
        title.setId("reconstructionTitle");
        title.textProperty().bind(I18n.bind("plane.reconstruction"));
        title.setTooltip(Theme.tooltip(I18n.bind("plane.reconstruction.help")));
        originals.setId("reconstructionOriginals");
        reconstructions.setId("reconstructionImages");
        originals.setSmooth(false);
        reconstructions.setSmooth(false);

        GridPane grid = new GridPane();
        grid.setHgap(GAP * 2);
        grid.setVgap(2);
        Label in = new Label();
        in.textProperty().bind(I18n.bind("plane.reconstruction.in"));
        Label out = new Label();
        out.textProperty().bind(I18n.bind("plane.reconstruction.out"));
        // The names stay whole (Chinese "输入" is wider than "In"): the column widens rather than cutting them.
        in.setMinWidth(Region.USE_PREF_SIZE);
        out.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, in, out);
        // Both columns shrink alike when the window is short, so the loss charts below keep their height.
        grid.addRow(1, new FittedImage(originals), new FittedImage(reconstructions));
        getChildren().addAll(title, grid);

        viewModel.originalsProperty().addListener((obs, old, now) -> paint(originals, originalPainter, now));
        viewModel.reconstructionsProperty().addListener((obs, old, now) ->
                paint(reconstructions, reconstructionPainter, now));
    }

    private void paint(ImageView view, PixelPainter.Grid painter, GreyImages images) {
        view.setImage(images == null || images.count() == 0 ? null
                : painter.paint(images, 0, images.count(), 1, scale, GAP));
    }
}
