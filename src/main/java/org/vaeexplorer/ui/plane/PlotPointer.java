package org.vaeexplorer.ui.plane;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The plot's mouse and keys. Mouse: the left button clicks or drags the point, a double-click on a dot also picks
 * its test image ({@link LatentPlaneViewModel#lookedAtProperty()}); the right or middle button
 * drags the picture; the wheel zooms. Keys, with the plot focused: arrows nudge the point (Shift: ten times
 * further). Pixels are the plot area's, inside the axes' margins.
 */
final class PlotPointer {

    /** The wheel reports this much per notch (JavaFX's default scroll delta). */
    private static final double NOTCH = 40.0;

    private final Region plot;
    private final LatentPlaneViewModel viewModel;
    private double panX;
    private double panY;
    private boolean panning;

    private PlotPointer(Region plot, LatentPlaneViewModel viewModel) {
        this.plot = plot;
        this.viewModel = viewModel;
    }

    /** Lets the mouse and keys on {@code plot} move the point and the picture of {@code viewModel}. */
    static void install(Region plot, LatentPlaneViewModel viewModel) {
        PlotPointer pointer = new PlotPointer(plot, viewModel);
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, pointer::pressed);
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, pointer::dragged);
        plot.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> pointer.panning = false);
        plot.addEventHandler(ScrollEvent.SCROLL, pointer::scrolled);
        plot.addEventHandler(KeyEvent.KEY_PRESSED, pointer::keyPressed);
    }

    private void pressed(MouseEvent e) {
        plot.requestFocus();
        if (e.getButton() == MouseButton.PRIMARY) {
            panning = false;
            moveTo(e);
            if (e.getClickCount() == 2) { // a double-click on a dot picks its test image
                viewModel.pickTestImageAtPixel(e.getX() - PlaneAxes.LEFT, e.getY() - PlaneAxes.TOP);
            }
        } else {
            panning = true;
            panX = e.getX();
            panY = e.getY();
        }
    }

    private void dragged(MouseEvent e) {
        if (panning) {
            viewModel.panByPixels(e.getX() - panX, e.getY() - panY);
            panX = e.getX();
            panY = e.getY();
        } else if (e.isPrimaryButtonDown()) {
            moveTo(e);
        }
    }

    private void moveTo(MouseEvent e) {
        Viewport v = viewModel.viewportProperty().get();
        double x = Math.max(0, Math.min(v.width(), e.getX() - PlaneAxes.LEFT));
        double y = Math.max(0, Math.min(v.height(), e.getY() - PlaneAxes.TOP));
        viewModel.movePointToPixel(x, y);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            double notches = e.getDeltaY() / NOTCH;
            viewModel.zoomAtPixel(e.getX() - PlaneAxes.LEFT, e.getY() - PlaneAxes.TOP,
                    Math.pow(LatentPlaneViewModel.ZOOM_STEP, notches));
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        boolean large = e.isShiftDown();
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> viewModel.nudge(-1, 0, large);
            case RIGHT, KP_RIGHT -> viewModel.nudge(1, 0, large);
            case UP, KP_UP -> viewModel.nudge(0, 1, large);
            case DOWN, KP_DOWN -> viewModel.nudge(0, -1, large);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
