package org.vaeexplorer.ui.evaluate;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.vaeexplorer.analysis.LatentDensity;
import org.vaeexplorer.analysis.LatentProjection;
import org.vaeexplorer.analysis.PriorContours;
import org.vaeexplorer.ui.fx.CanvasPane;
import org.vaeexplorer.ui.fx.Theme;

/**
 * The aggregate posterior of a 2-D model: the test encodings as shading (darker = more of them) over the prior's
 * 1σ and 2σ circles, so one sees which parts of the prior the data fills and which it leaves empty.
 */
final class DensityView extends CanvasPane {

    static final double SIZE = 190;
    private static final Color INK = Theme.TRAIN_COLOR;
    private LatentDensity density;

    DensityView() {
        setId("densityView");
        setMinSize(SIZE, SIZE);
        setPrefSize(SIZE, SIZE);
        setMaxSize(SIZE, SIZE);
    }

    void show(LatentDensity shown) {
        density = shown;
        invalidate();
    }

    LatentDensity density() {
        return density;
    }

    @Override
    protected void redraw(double width, double height) {
        GraphicsContext g = canvas().getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        if (density == null) {
            return;
        }
        double side = Math.min(width, height);
        int n = density.cells();
        double cell = side / n;
        double peak = density.peak();
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                double share = density.shares()[row * n + col];
                if (share > 0) {
                    // The square root keeps sparse cells visible beside the crowded centre.
                    g.setFill(INK.deriveColor(0, 1, 1, 0.15 + 0.85 * Math.sqrt(share / peak)));
                    // Whole pixels, edge to edge: overlapping translucent cells would draw a grid.
                    double x0 = Math.round(col * cell);
                    double y0 = Math.round(row * cell);
                    g.fillRect(x0, y0, Math.round((col + 1) * cell) - x0, Math.round((row + 1) * cell) - y0);
                }
            }
        }
        double scale = side / (2 * density.extent());
        g.setStroke(Theme.AXIS);
        g.setFill(Theme.AXIS);
        g.setLineWidth(1.5);
        g.setFont(Theme.FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        for (PriorContours.Circle c : PriorContours.of(LatentProjection.axes(2))) {
            double cx = side / 2 + c.centreU() * scale;
            double cy = side / 2 - c.centreV() * scale;
            double r = c.radius() * scale;
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            g.fillText((int) c.sigma() + "\u03c3", cx + r * 0.72 + 2, cy - r * 0.72);
        }
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, side - 1, side - 1);
    }
}
