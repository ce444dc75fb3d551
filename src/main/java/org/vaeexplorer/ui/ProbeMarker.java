package org.vaeexplorer.ui;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/**
 * The drawn digit on the latent plane: a diamond at the posterior mean inside its 1- and 2-sigma ellipses
 * (the 2-sigma one holds about 86% of q(z|x) in the two displayed directions).
 */
final class ProbeMarker extends Group {

    static final double SIGMAS = 2;
    private static final int OUTLINE_POINTS = 72;
    private static final Color COLOR = Color.web("#c2185b");

    private final Polygon twoSigma = new Polygon();
    private final Polygon oneSigma = new Polygon();
    /** Half the diamond's width: small, so that even a tight posterior's ellipse shows around it. */
    private static final double HALF = 4;

    private final Rectangle centre = new Rectangle(-HALF, -HALF, 2 * HALF, 2 * HALF);

    ProbeMarker() {
        twoSigma.setFill(COLOR.deriveColor(0, 1, 1, 0.10));
        twoSigma.setStroke(COLOR);
        twoSigma.setStrokeWidth(2);
        twoSigma.getStrokeDashArray().setAll(8.0, 5.0);
        oneSigma.setFill(Color.TRANSPARENT);
        oneSigma.setStroke(COLOR);
        oneSigma.setStrokeWidth(2);
        centre.setRotate(45);
        centre.setFill(COLOR);
        centre.setStroke(Color.WHITE);
        centre.setStrokeWidth(1);
        getChildren().addAll(centre, twoSigma, oneSigma);
        setMouseTransparent(true);
        setId("probeMarker");
        setVisible(false);
        setManaged(false);
    }

    /** Places the marker for {@code ellipse} (plane units) on a plot whose data area starts at (left, top). */
    void place(UncertaintyEllipse ellipse, Viewport v, double left, double top) {
        outline(twoSigma, ellipse, 1, v, left, top);
        outline(oneSigma, ellipse, 1 / SIGMAS, v, left, top);
        centre.setX(left + v.toX(ellipse.u()) - HALF);
        centre.setY(top + v.toY(ellipse.v()) - HALF);
        Rectangle clip = new Rectangle(left, top, v.width(), v.height());
        setClip(clip);
        setVisible(true);
    }

    /** The centre in plot pixels (tests). */
    double centreX() {
        return centre.getX() + HALF;
    }

    double centreY() {
        return centre.getY() + HALF;
    }

    private static void outline(Shape shape, UncertaintyEllipse e, double scale, Viewport v, double left, double top) {
        UncertaintyEllipse scaled = new UncertaintyEllipse(e.u(), e.v(), e.major() * scale, e.minor() * scale, e.angle());
        double[] points = scaled.outline(OUTLINE_POINTS);
        Double[] pixels = new Double[points.length];
        for (int i = 0; i < points.length; i += 2) {
            pixels[i] = left + v.toX(points[i]);
            pixels[i + 1] = top + v.toY(points[i + 1]);
        }
        ((Polygon) shape).getPoints().setAll(pixels);
    }
}
