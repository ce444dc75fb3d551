package org.vaeexplorer.ui.plane;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.fx.FittedImage;
import org.vaeexplorer.ui.fx.HelpLine;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.RenderScale;
import org.vaeexplorer.ui.fx.Theme;

/** The digit decoded at the latent point, large and crisp, with its z. */
public final class DecodedDigitView extends VBox {

    private final int scale;
    private final FittedImage frame;
    private final Label z = new Label();
    private final ImageView imageView = new ImageView();
    private final PixelPainter.Grid painter = new PixelPainter.Grid();
    private WritableImage image;

    /** @param scale screen pixels per image pixel (each pixel mean becomes a scale x scale block) */
    public DecodedDigitView(LatentPlaneViewModel viewModel, int scale) {
        super(6);
        this.scale = scale;
        getStyleClass().add("panel");
        Label title = HelpLine.title("");
        title.setId("decodedTitle");
        title.textProperty().bind(I18n.bind(() -> LatentPlaneViewModel.forItem(viewModel.classNamesProperty().get(),
                "plane.decoded.digit", "plane.decoded.image"), viewModel.classNamesProperty()));
        Tooltip help = Theme.tooltip(I18n.bind("plane.decoded.help"));
        title.setTooltip(help);

        imageView.setId("decodedDigit");
        imageView.setSmooth(false);
        // Shrinks when the window is short (a 720-pixel projector), so the loss charts below keep their height.
        // No frame: the decoding's own black background bounds it, however small it is drawn.
        frame = new FittedImage(imageView);
        Tooltip.install(frame, help);

        z.setId("latentText");
        z.getStyleClass().add("latent-text");
        z.textProperty().bind(viewModel.latentTextProperty());
        z.setWrapText(true);
        HelpLine.wrapBetweenWords(z); // two lines in presenter mode, never cut

        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(title, frame, z);
        viewModel.decodedProperty().addListener((obs, old, now) -> show(now));
        RenderScale.onChange(this, () -> show(viewModel.decodedProperty().get()));
        show(viewModel.decodedProperty().get());
    }

    private void show(DecodedPoint decoded) {
        if (decoded == null) {
            return;
        }
        // Each image pixel a block of whole device pixels, shown at its layout size: crisp at any screen scale.
        int deviceScale = RenderScale.devicePixels(scale, RenderScale.of(this));
        image = painter.paint(decoded.image(), 0, 1, 1, deviceScale, 0);
        frame.setNaturalSize(decoded.image().cols() * scale, decoded.image().rows() * scale);
        z.setMaxWidth(decoded.image().cols() * scale + 28); // z wraps under the digit, a little wider than it
        if (imageView.getImage() != image) {
            imageView.setImage(image);
        }
    }

    /** The image on screen, in device pixels (tests read its pixels). */
    WritableImage image() {
        return image;
    }
}
