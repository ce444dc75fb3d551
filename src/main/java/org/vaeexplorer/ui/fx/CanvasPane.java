package org.vaeexplorer.ui.fx;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A region that draws on a canvas of its own size, at most once per layout pass however many changes asked
 * for it: {@link #invalidate()} marks it, the next layout pass redraws.
 */
public abstract class CanvasPane extends Region {

    private final Canvas canvas = new Canvas();
    private boolean dirty = true;

    protected CanvasPane() {
        getChildren().add(canvas);
    }

    /** Redraw in the next layout pass. */
    public void invalidate() {
        dirty = true;
        requestLayout();
    }

    protected Canvas canvas() {
        return canvas;
    }

    /** The canvas is now {@code width x height}; called before the redraw this causes. */
    protected void resized(double width, double height) {
    }

    /** Draws everything on the canvas, {@code width x height} layout pixels. */
    protected abstract void redraw(double width, double height);

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            resized(w, h);
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            redraw(w, h);
        }
    }
}
