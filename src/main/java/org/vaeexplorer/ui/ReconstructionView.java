package org.vaeexplorer.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** A few test digits beside their reconstructions, refreshed whenever the model changes. */
public final class ReconstructionView extends VBox {

    static final int GAP = 4;

    private final int scale;
    private final ImageView originals = new ImageView();
    private final ImageView reconstructions = new ImageView();
    private WritableImage originalImage;
    private WritableImage reconstructionImage;

    /** @param scale screen pixels per image pixel */
    public ReconstructionView(ReconstructionViewModel viewModel, int scale) {
        super(6);
        this.scale = scale;
        getStyleClass().add("panel");
        setMinWidth(USE_PREF_SIZE);
        Label title = new Label("Reconstruction");
        title.getStyleClass().add("panel-title");
        title.setTooltip(new Tooltip("Test digits (left) and decode(encode(x)) by the current model (right)"));
        originals.setId("reconstructionOriginals");
        reconstructions.setId("reconstructionImages");
        originals.setSmooth(false);
        reconstructions.setSmooth(false);

        GridPane grid = new GridPane();
        grid.setHgap(GAP * 2);
        grid.setVgap(2);
        grid.addRow(0, new Label("In"), new Label("Out"));
        grid.addRow(1, originals, reconstructions);
        getChildren().addAll(title, grid);

        viewModel.originalsProperty().addListener((obs, old, now) -> originalImage = paint(originals, now, originalImage));
        viewModel.reconstructionsProperty().addListener((obs, old, now) ->
                reconstructionImage = paint(reconstructions, now, reconstructionImage));
    }

    private WritableImage paint(ImageView view, GreyImages images, WritableImage reuse) {
        if (images == null || images.count() == 0) {
            view.setImage(null);
            return reuse;
        }
        WritableImage image = PixelPainter.paintGrid(images, 0, images.count(), 1, scale, GAP, reuse);
        view.setImage(image);
        return image;
    }
}
