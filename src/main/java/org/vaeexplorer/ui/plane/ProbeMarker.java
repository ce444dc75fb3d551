package org.vaeexplorer.ui.plane;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.vaeexplorer.analysis.UncertaintyEllipse;

/**
 * The drawn digit on the latent plane: a cross at the posterior mean with its 1- and 2-sigma ellipses
 * (the 2-sigma one holds about 86% of q(z|x) in the two displayed directions).
 */
public final class ProbeMarker extends Group {

    static final double SIGMAS = 2;
    private static final int OUTLINE_POINTS = 72;
    /**
     * Black with a white halo: seen over every class colour of the palette and over the manifold's grey
     * digits (the magenta cross of before vanished over pink dots).
     */
    private static final Color COLOR = Color.BLACK;

    private final Polygon twoSigma = new Polygon();
    private final Polygon oneSigma = new Polygon();
    /** Half the length of the cross's arms: long enough to find among the dots, open in the middle so a tight ellipse still shows. */
    private static final double ARM = 14;
    private static final double GAP = 4;

    private final Group centre = new Group();

    ProbeMarker() {
        twoSigma.setFill(COLOR.deriveColor(0, 1, 1, 0.10));
        twoSigma.setStroke(COLOR);
        twoSigma.setStrokeWidth(2);
        twoSigma.getStrokeDashArray().setAll(8.0, 5.0);
        oneSigma.setFill(Color.TRANSPARENT);
        oneSigma.setStroke(COLOR);
        oneSigma.setStrokeWidth(2);
        for (double[] arm : new double[][] {{-ARM, 0, -GAP, 0}, {GAP, 0, ARM, 0}, {0, -ARM, 0, -GAP}, {0, GAP, 0, ARM}}) {
            Line halo = new Line(arm[0], arm[1], arm[2], arm[3]);
            halo.setStroke(Color.WHITE);
            halo.setStrokeWidth(7);
            Line line = new Line(arm[0], arm[1], arm[2], arm[3]);
            line.setStroke(COLOR);
            line.setStrokeWidth(3.5);
            centre.getChildren().addAll(halo, line);
        }
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
        centre.setLayoutX(left + v.toX(ellipse.u()));
        centre.setLayoutY(top + v.toY(ellipse.v()));
        Rectangle clip = new Rectangle(left, top, v.width(), v.height());
        setClip(clip);
        setVisible(true);
    }

    /** The centre in plot pixels (tests). */
    public double centreX() {
        return centre.getLayoutX();
    }

    double centreY() {
        return centre.getLayoutY();
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
