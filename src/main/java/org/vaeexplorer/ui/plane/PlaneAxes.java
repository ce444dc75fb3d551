package org.vaeexplorer.ui.plane;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.vaeexplorer.analysis.LatentProjection;
import org.vaeexplorer.analysis.PriorContours;
import org.vaeexplorer.ui.fx.Theme;

import java.util.Locale;

/**
 * What the plot draws over its dots: the axes with ticks in latent units and their names, and the prior's
 * 1σ and 2σ circles. The margins around the plot area are the axes' room.
 */
final class PlaneAxes {

    static final double LEFT = 70;
    static final double RIGHT = 14;
    static final double TOP = 10;
    static final double BOTTOM = 48;

    private PlaneAxes() {
    }

    /** The prior's 1σ and 2σ circles, dashed, labelled at their top: where a trained cloud should sit. */
    static void drawPrior(GraphicsContext gc, Viewport v, LatentProjection projection, boolean overManifold) {
        gc.save();
        gc.beginPath();
        gc.rect(LEFT, TOP, v.width(), v.height());
        gc.clip();
        // Dark dashes on a white rim: visible over the dense dots as over the blank plane and the manifold.
        gc.setFont(Theme.BOLD);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        for (PriorContours.Circle c : PriorContours.of(projection)) {
            double x = LEFT + v.toX(c.centreU());
            double y = TOP + v.toY(c.centreV());
            double r = c.radius() / v.unitsPerPixel();
            gc.setLineDashes();
            gc.setStroke(Color.rgb(255, 255, 255, overManifold ? 0.5 : 0.85));
            gc.setLineWidth(4);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            gc.setStroke(Color.web("#222222"));
            gc.setLineWidth(1.5);
            gc.setLineDashes(7, 5);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            String label = (int) c.sigma() + "\u03c3";
            gc.setLineDashes();
            gc.setLineWidth(3);
            gc.setStroke(Color.WHITE);
            gc.strokeText(label, x + 3, y - r - 1);
            gc.setFill(Color.web("#222222"));
            gc.fillText(label, x + 3, y - r - 1);
        }
        gc.restore();
    }

    /** The frame, the ticks and the axis names; a 1-D latent has no vertical axis. */
    static void drawAxes(GraphicsContext gc, Viewport v, LatentProjection p) {
        double w = v.width();
        double h = v.height();
        boolean vertical = p == null || p.latentSize() > 1;
        gc.setFont(Theme.FONT);
        gc.setLineWidth(1);
        gc.setStroke(Theme.AXIS);
        gc.strokeRect(LEFT - 0.5, TOP - 0.5, w + 1, h + 1);
        gc.setFill(Theme.AXIS);

        double stepU = tickStep(v.maxU() - v.minU(), w);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (double u = Math.ceil(v.minU() / stepU) * stepU; u <= v.maxU(); u += stepU) {
            double x = LEFT + v.toX(u);
            gc.strokeLine(x, TOP + h, x, TOP + h + 6);
            gc.fillText(format(u, stepU), x, TOP + h + 8);
        }
        if (vertical) {
            double stepV = tickStep(v.maxV() - v.minV(), h);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.CENTER);
            for (double t = Math.ceil(v.minV() / stepV) * stepV; t <= v.maxV(); t += stepV) {
                double y = TOP + v.toY(t);
                gc.strokeLine(LEFT - 6, y, LEFT, y);
                gc.fillText(format(t, stepV), LEFT - 9, y);
            }
        }
        gc.setFont(Theme.BOLD);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        String uName = p == null ? "z1" : p.horizontalAxis();
        String vName = p == null ? "z2" : p.verticalAxis();
        gc.fillText(uName, LEFT + w / 2, TOP + h + BOTTOM - 2);
        if (!vName.isEmpty()) {
            gc.save();
            gc.translate(20, TOP + h / 2);
            gc.rotate(-90);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(vName, 0, 0);
            gc.restore();
        }
    }

    /** Tick spacing for {@code span} latent units over {@code pixels}: about one tick per 80 px, at least four. */
    static double tickStep(double span, double pixels) {
        return niceStep(span / Math.max(4, pixels / 80));
    }

    /** 1, 2 or 5 times a power of ten, the one nearest {@code raw} on a log scale: spacing people can read. */
    static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        // Geometric midpoints between 1, 2, 5 and 10.
        double nice = f < Math.sqrt(2) ? 1 : f < Math.sqrt(10) ? 2 : f < Math.sqrt(50) ? 5 : 10;
        return nice * magnitude;
    }

    /** A tick label with as many decimals as the step needs, and a true minus sign. */
    static String format(double value, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        double rounded = Math.abs(value) < step / 2 ? 0 : value;
        return String.format(Locale.ROOT, "%." + decimals + "f", rounded).replace('-', '\u2212');
    }
}
