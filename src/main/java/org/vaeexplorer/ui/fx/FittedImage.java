package org.vaeexplorer.ui.fx;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * An image at its own size where there is room, and scaled down (aspect kept, pixels still square blocks)
 * where there is not, down to {@link #MIN_FRACTION} of it: on a 720-pixel-high projector the digits give
 * way before the loss charts do.
 */
public final class FittedImage extends Region {

    /** The smallest the image is drawn, as a fraction of its own size. */
    public static final double MIN_FRACTION = 0.3;

    private final ImageView view;

    public FittedImage(ImageView view) {
        this.view = view;
        view.setPreserveRatio(true);
        view.setSmooth(false);
        getChildren().add(view);
        view.imageProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.getWidth() != now.getWidth() || old.getHeight() != now.getHeight()) {
                requestLayout();
            }
        });
    }

    /** The image's own size in layout pixels, where it is painted in device pixels (HiDPI); 0: its pixel size. */
    private double naturalWidth;
    private double naturalHeight;

    /**
     * The size the image has at full size, in layout pixels: an image painted at a screen's device resolution
     * (RenderScale) has more pixels than that.
     */
    public void setNaturalSize(double width, double height) {
        if (width != naturalWidth || height != naturalHeight) {
            naturalWidth = width;
            naturalHeight = height;
            requestLayout();
        }
    }

    private double imageWidth() {
        Image image = view.getImage();
        return image == null ? 0 : naturalWidth > 0 ? naturalWidth : image.getWidth();
    }

    private double imageHeight() {
        Image image = view.getImage();
        return image == null ? 0 : naturalHeight > 0 ? naturalHeight : image.getHeight();
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = imageWidth();
        double h = imageHeight();
        if (height < 0 || h == 0) {
            return w + snappedLeftInset() + snappedRightInset();
        }
        double inner = Math.max(0, height - snappedTopInset() - snappedBottomInset());
        return Math.floor(w * Math.max(MIN_FRACTION, Math.min(1, inner / h))) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return imageHeight() + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.floor(imageWidth() * MIN_FRACTION) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.floor(imageHeight() * MIN_FRACTION) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMaxWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = imageWidth();
        double h = imageHeight();
        if (w == 0 || h == 0) {
            return;
        }
        double availableW = getWidth() - snappedLeftInset() - snappedRightInset();
        double availableH = getHeight() - snappedTopInset() - snappedBottomInset();
        double fraction = Math.max(MIN_FRACTION, Math.min(1, Math.min(availableW / w, availableH / h)));
        view.setFitWidth(Math.floor(w * fraction));
        view.setFitHeight(Math.floor(h * fraction));
        // Centred where the area is larger than the picture at its least size.
        view.relocate(snappedLeftInset() + Math.floor((availableW - view.getFitWidth()) / 2),
                snappedTopInset() + Math.floor((availableH - view.getFitHeight()) / 2));
    }
}
