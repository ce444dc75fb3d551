package org.vaeexplorer.ui.plane;

import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.vaeexplorer.analysis.EncodingArrows;
import org.vaeexplorer.analysis.LatentProbe;
import org.vaeexplorer.analysis.LatentProjection;
import org.vaeexplorer.analysis.UncertaintyEllipse;
import org.vaeexplorer.ui.fx.CanvasPane;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.RenderScale;

import static org.vaeexplorer.ui.plane.PlaneAxes.LEFT;
import static org.vaeexplorer.ui.plane.PlaneAxes.TOP;

/**
 * The plane's drawing surface: a canvas for the dots, the manifold and the axes, and nodes over it for the latent point's cross and an encoded image's marker. Focusable: the mouse and
 * the keys act here ({@link PlotPointer}).
 */
final class LatentPlot extends CanvasPane {

    private final LatentPlaneViewModel viewModel;
    private final Group marker = marker();
    private final ProbeMarker probe = new ProbeMarker();
    private final Label hint = new Label();
    /** How much the step arrows are lengthened, as their caption says. */
    private final DoubleProperty magnification = new SimpleDoubleProperty(1);
    private final Label arrowsCaption = new Label();
    private final PlaneRaster raster = new PlaneRaster();
    private int dotRadius = 2;
    /** The longest nine step arrows in ten are drawn, lengthened. */
    private static final double ARROW_PIXELS = 40;
    /** The most of the plot's width the "drag the cross" hint may take. */
    private static final double HINT_SHARE = 0.4;

    LatentPlot(LatentPlaneViewModel viewModel) {
        this.viewModel = viewModel;
        setId("latentPlot");
        getStyleClass().add("latent-plot");
        setFocusTraversable(true);
        setCursor(Cursor.CROSSHAIR);
        setMinSize(160, 100); // the band above the charts is short on a 720-pixel projector
        // Said on screen, not only in F1: a class sees the cross but not that it moves. It lies in the
        // plot's top left corner, so the header's layout stays as it was.
        hint.setId("planeHint");
        hint.textProperty().bind(I18n.bind("plane.hint"));
        arrowsCaption.textProperty().bind(I18n.bind(() -> magnification.get() == 1 ? I18n.text("plane.arrows")
                : I18n.text("plane.arrows.lengthened", magnification.get()), magnification));
        hint.getStyleClass().addAll("hint", "plane-hint");
        hint.setMouseTransparent(true);
        hint.setStyle("-fx-background-color: rgba(255, 255, 255, 0.8); -fx-padding: 1 4 1 4;");
        arrowsCaption.setId("stepArrowsCaption");
        arrowsCaption.getStyleClass().add("hint");
        arrowsCaption.setMouseTransparent(true);
        arrowsCaption.setStyle("-fx-background-color: rgba(255, 255, 255, 0.85); -fx-padding: 1 4 1 4;");
        arrowsCaption.setVisible(false);
        getChildren().addAll(probe, marker, hint, arrowsCaption);
        PlotPointer.install(this, viewModel);
        RenderScale.onChange(this, this::invalidate);
        for (Observable o : new Observable[] {viewModel.scatterProperty(), viewModel.viewportProperty(),
                viewModel.manifoldProperty(), viewModel.projectionProperty(), viewModel.manifoldVisibleProperty(),
                viewModel.movedEncodingsProperty()}) {
            o.addListener(x -> invalidate());
        }
        viewModel.pointProperty().addListener(x -> placeMarker());
        viewModel.probeProperty().addListener(x -> placeMarker());
    }

    /** Dots of {@code radius} layout pixels. */
    void setDotRadius(int radius) {
        dotRadius = radius;
        invalidate();
    }

    /** The raster of dots and manifold, in device pixels. */
    WritableImage raster() {
        return raster.image();
    }

    @Override
    protected void resized(double w, double h) {
        viewModel.resize(Math.max(1, w - LEFT - PlaneAxes.RIGHT), Math.max(1, h - TOP - PlaneAxes.BOTTOM));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        hint.autosize();
        hint.relocate(LEFT + 4, TOP + 4);
        arrowsCaption.autosize();
        Viewport v = viewModel.viewportProperty().get();
        // In a plot too narrow for it (presenter mode beside the lesson on a 720-pixel projector) the hint would
        // cover much of the data it is about; there the lesson and the band's help line say it instead.
        hint.setVisible(hint.getWidth() <= v.width() * HINT_SHARE);
        arrowsCaption.relocate(LEFT + v.width() - arrowsCaption.getWidth() - 4, TOP + v.height() - arrowsCaption.getHeight() - 4);
        placeMarker();
    }

    /** Puts the cross at the latent point (hidden outside the view) and the probe's ellipse where it belongs. */
    private void placeMarker() {
        Viewport v = viewModel.viewportProperty().get();
        Point2D p = viewModel.pointProperty().get();
        double x = v.toX(p.getX());
        double y = v.toY(p.getY());
        boolean inside = x >= 0 && x <= v.width() && y >= 0 && y <= v.height();
        marker.setVisible(inside);
        marker.setLayoutX(LEFT + x);
        marker.setLayoutY(TOP + y);
        LatentProbe shown = viewModel.probeProperty().get();
        LatentProjection projection = viewModel.projectionProperty().get();
        if (shown == null || projection == null || projection.latentSize() != shown.mean().length) {
            probe.setVisible(false);
        } else {
            probe.place(UncertaintyEllipse.of(projection, shown, ProbeMarker.SIGMAS), v, LEFT, TOP);
        }
    }

    private static Group marker() {
        Circle halo = new Circle(10, Color.TRANSPARENT);
        halo.setStroke(Color.WHITE);
        halo.setStrokeWidth(6);
        Circle ring = new Circle(10, Color.TRANSPARENT);
        ring.setStroke(Color.BLACK);
        ring.setStrokeWidth(2.5);
        Line h = new Line(-16, 0, 16, 0);
        Line v = new Line(0, -16, 0, 16);
        h.setStrokeWidth(1.5);
        v.setStrokeWidth(1.5);
        Group g = new Group(halo, ring, h, v);
        g.setMouseTransparent(true);
        g.setId("latentMarker");
        return g;
    }

    @Override
    protected void redraw(double width, double height) {
        GraphicsContext gc = canvas().getGraphicsContext2D();
        gc.clearRect(0, 0, width, height);
        Viewport v = viewModel.viewportProperty().get();
        int w = (int) v.width();
        int h = (int) v.height();
        if (w < 2 || h < 2) {
            return;
        }
        boolean showManifold = viewModel.manifoldVisibleProperty().get();
        WritableImage image = raster.paint(v, RenderScale.of(this), viewModel.manifoldProperty().get(), showManifold,
                viewModel.scatterProperty().get(), dotRadius);
        gc.setImageSmoothing(false);
        gc.drawImage(image, LEFT, TOP, w, h);
        LatentProjection projection = viewModel.projectionProperty().get();
        PlaneAxes.drawPrior(gc, v, projection, showManifold);
        drawMovedEncodings(gc, v, projection);
        PlaneAxes.drawAxes(gc, v, projection);
    }

    /** Arrows from each stepped image's encoding before the step to after, lengthened so they can be seen. */
    private void drawMovedEncodings(GraphicsContext gc, Viewport v, LatentProjection projection) {
        MovedEncodings moved = viewModel.movedEncodingsProperty().get();
        arrowsCaption.setVisible(false);
        if (moved == null || projection == null || projection.latentSize() != moved.latentSize()) {
            return;
        }
        EncodingArrows arrows = EncodingArrows.of(projection, moved.before(), moved.after(), moved.count());
        double magnification = arrows.magnification(1 / v.unitsPerPixel(), ARROW_PIXELS);
        gc.save();
        gc.beginPath();
        gc.rect(LEFT, TOP, v.width(), v.height());
        gc.clip();
        for (int i = 0; i < arrows.count(); i++) {
            double x0 = LEFT + v.toX(arrows.fromU()[i]);
            double y0 = TOP + v.toY(arrows.fromV()[i]);
            double x1 = x0 + (v.toX(arrows.toU()[i]) - v.toX(arrows.fromU()[i])) * magnification;
            double y1 = y0 + (v.toY(arrows.toV()[i]) - v.toY(arrows.fromV()[i])) * magnification;
            drawArrow(gc, x0, y0, x1, y1, Color.WHITE, 4);
            drawArrow(gc, x0, y0, x1, y1, Color.BLACK, 1.5);
        }
        gc.restore();
        this.magnification.set(magnification);
        arrowsCaption.setVisible(true);
    }

    private static void drawArrow(GraphicsContext gc, double x0, double y0, double x1, double y1, Color color, double width) {
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.strokeLine(x0, y0, x1, y1);
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (length < 3) {
            return;
        }
        double ux = (x1 - x0) / length;
        double uy = (y1 - y0) / length;
        double head = Math.min(6, length / 2);
        gc.strokeLine(x1, y1, x1 - head * (ux - 0.5 * uy), y1 - head * (uy + 0.5 * ux));
        gc.strokeLine(x1, y1, x1 - head * (ux + 0.5 * uy), y1 - head * (uy - 0.5 * ux));
    }
}
