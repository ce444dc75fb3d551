package org.vaeexplorer.ui.plane;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.TextAlignment;
import org.vaeexplorer.analysis.LatentProbe;
import org.vaeexplorer.analysis.LatentProjection;
import org.vaeexplorer.analysis.PriorContours;
import org.vaeexplorer.analysis.LatentScatter;
import org.vaeexplorer.analysis.ManifoldGrid;
import org.vaeexplorer.analysis.UncertaintyEllipse;
import org.vaeexplorer.ui.fx.HelpLine;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.RenderScale;
import org.vaeexplorer.ui.fx.Theme;

import java.util.Locale;

/**
 * The latent plane: test-set latent means as coloured dots (rasterised into one image, not 10,000 nodes),
 * axes in latent units, the draggable latent point, and the manifold grid when switched on.
 *
 * <p>Mouse: left button clicks or drags the point; right or middle button drags the picture; the wheel
 * zooms. Keys, with the plane focused: arrows nudge the point (Shift: ten times further), + and - zoom.
 */
public final class LatentPlaneView extends BorderPane {

    private final LatentPlaneViewModel viewModel;
    private final Plot plot = new Plot();
    private final ClassLegend legend = new ClassLegend(Theme.DIGIT_RGB.length);

    private final Label help;

    /** The plane's help line (what its dots are, what to drag), for the window to place. */
    public Label helpLine() {
        return help;
    }

    public LatentPlaneView(LatentPlaneViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("panel");

        Label title = new Label("Latent space");
        title.getStyleClass().add("panel-title");
        // The plane's help line, naming the projection shown: one sentence, wrapped rather than cut. The window
        // shows it above the band of panels, with a word on the panels beside the plane (bandHelp).
        help = HelpLine.of("");
        help.setId("planeHelp");
        help.textProperty().bind(Bindings.createStringBinding(
                () -> describe(viewModel.projectionProperty().get()), viewModel.projectionProperty()));

        ToggleButton manifold = new ToggleButton("Manifold");
        manifold.setId("manifoldToggle");
        manifold.setTooltip(Theme.tooltip("Show a grid of decodings over the visible region (M)"));
        manifold.setOnAction(e -> viewModel.setManifoldVisible(manifold.isSelected()));
        viewModel.manifoldVisibleProperty().addListener((obs, old, now) -> manifold.setSelected(now));

        Button fit = new Button("Fit");
        fit.setTooltip(Theme.tooltip("Show all test digits (F). Wheel zooms, + and - too; right-drag pans."));
        fit.setOnAction(e -> viewModel.fitToData());

        for (Region r : new Region[] {title, manifold, fit}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The buttons go under the title when the plane is narrow (presenter mode on a 1024-pixel screen).
        HBox buttons = new HBox(8, manifold, fit);
        FlowPane titleRow = new FlowPane(16, 4, title, buttons);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, titleRow);

        // Class names, or class numbers where the plane is narrow (ClassLegend).
        legend.setNames(viewModel.classNamesProperty().get());
        viewModel.classNamesProperty().addListener((obs, old, now) -> legend.setNames(now));
        legend.getStyleClass().add("plane-legend");
        legend.setId("planeLegend");
        Tooltip legendHelp = Theme.tooltip("");
        legendHelp.textProperty().bind(Bindings.createStringBinding(() -> "Colour = the test "
                + viewModel.classNamesProperty().get().item() + "'s true label", viewModel.classNamesProperty()));
        Tooltip.install(legend, legendHelp);

        setTop(header);
        setRight(legend);
        setCenter(plot);
        BorderPane.setMargin(plot, new Insets(6, 0, 0, 0));

        for (Observable o : new Observable[] {viewModel.scatterProperty(), viewModel.viewportProperty(),
                viewModel.manifoldProperty(), viewModel.projectionProperty(), viewModel.manifoldVisibleProperty()}) {
            o.addListener(x -> plot.invalidate());
        }
        viewModel.pointProperty().addListener(x -> plot.placeMarker());
        viewModel.probeProperty().addListener(x -> plot.placeMarker());
    }

    /** The plot's raster of dots and manifold, in device pixels (tests read its size). */
    WritableImage raster() {
        return plot.raster;
    }

    /** As narrow as the plot's least width beside the legend showing numbers (BorderPane would count its names). */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset()
                + Math.max(getTop().minWidth(-1), legend.minWidth(-1) + plot.minWidth(-1));
    }

    /** The legend shows the class names if they fit beside the plot's least width, else the numbers. */
    @Override
    protected void layoutChildren() {
        legend.fitTo(getWidth() - snappedLeftInset() - snappedRightInset() - plot.minWidth(-1));
        super.layoutChildren();
    }

    /** The plot node itself (focusable; mouse and keys go here). */
    /** Dots of {@code radius} pixels (2 normally; larger in presenter mode, to read from the back of a room). */
    public void setDotRadius(int radius) {
        plot.dotRadius = radius;
        plot.invalidate();
    }

    /** The plot node itself (focusable; mouse and keys go here). */
    public Region plot() {
        return plot;
    }

    private static String describe(LatentProjection p) {
        String plane;
        if (p == null) {
            plane = "the latent plane";
        } else if (p.isPca()) {
            plane = "the " + p.latentSize() + "-D latent space's PCA plane";
        } else {
            plane = p.latentSize() == 1 ? "the 1-D latent line (only z1 matters)" : "the 2-D latent plane, z itself";
        }
        return "Each dot is a test digit encoded; drag the cross to decode any point of " + plane + ".";
    }

    /** The drawing surface: a canvas for dots, manifold and axes, and a marker node for the point. */
    private final class Plot extends Region {
        static final double LEFT = 70;
        static final double RIGHT = 14;
        static final double TOP = 10;
        static final double BOTTOM = 48;
        private static final double DOT_ALPHA = 0.75;
        private static final double DOT_ALPHA_OVER_MANIFOLD = 0.4;
        private int dotRadius = 2;

        private final Canvas canvas = new Canvas();
        private final Group marker = marker();
        private final ProbeMarker probe = new ProbeMarker();
        private final Label hint = new Label("Drag the cross");
        private WritableImage raster;
        private int[] buffer = new int[0];
        private boolean dirty = true;
        private double panX;
        private double panY;
        private boolean panning;

        Plot() {
            setId("latentPlot");
            getStyleClass().add("latent-plot");
            setFocusTraversable(true);
            setCursor(Cursor.CROSSHAIR);
            setMinSize(160, 100); // the band above the charts is short on a 720-pixel projector
            // Said on screen, not only in F1: a class sees the cross but not that it moves. It lies in the
            // plot's top left corner, so the header's layout stays as it was.
            hint.setId("planeHint");
            hint.getStyleClass().addAll("hint", "plane-hint");
            hint.setMouseTransparent(true);
            hint.setStyle("-fx-background-color: rgba(255, 255, 255, 0.8); -fx-padding: 1 4 1 4;");
            getChildren().addAll(canvas, probe, marker, hint);
            addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
            addEventHandler(MouseEvent.MOUSE_RELEASED, e -> panning = false);
            addEventHandler(ScrollEvent.SCROLL, this::scrolled);
            addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
            RenderScale.onChange(this, this::invalidate);
        }

        void invalidate() {
            dirty = true;
            requestLayout(); // redraw once, in the next layout pass, however many properties changed
        }

        @Override
        protected void layoutChildren() {
            double w = Math.floor(getWidth());
            double h = Math.floor(getHeight());
            if (canvas.getWidth() != w || canvas.getHeight() != h) {
                canvas.setWidth(w);
                canvas.setHeight(h);
                viewModel.resize(Math.max(1, w - LEFT - RIGHT), Math.max(1, h - TOP - BOTTOM));
                dirty = true;
            }
            if (dirty) {
                dirty = false;
                redraw();
            }
            hint.autosize();
            hint.relocate(LEFT + 4, TOP + 4);
            placeMarker();
        }

        void placeMarker() {
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

        private void pressed(MouseEvent e) {
            requestFocus();
            if (e.getButton() == MouseButton.PRIMARY) {
                panning = false;
                moveTo(e);
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
            double x = Math.max(0, Math.min(v.width(), e.getX() - LEFT));
            double y = Math.max(0, Math.min(v.height(), e.getY() - TOP));
            viewModel.movePointToPixel(x, y);
        }

        private void scrolled(ScrollEvent e) {
            if (e.getDeltaY() != 0) {
                double notches = e.getDeltaY() / 40.0;
                viewModel.zoomAtPixel(e.getX() - LEFT, e.getY() - TOP, Math.pow(LatentPlaneViewModel.ZOOM_STEP, notches));
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

        private Group marker() {
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

        private void redraw() {
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            Viewport v = viewModel.viewportProperty().get();
            int w = (int) v.width();
            int h = (int) v.height();
            if (w < 2 || h < 2) {
                return;
            }
            // The raster is painted in device pixels (2x2 per layout pixel on a 200% screen) and drawn at its
            // layout size, so the dots are sharp on any screen instead of a stretched layout-sized image.
            double scale = RenderScale.of(this);
            int dw = RenderScale.devicePixels(w, scale);
            int dh = RenderScale.devicePixels(h, scale);
            if (buffer.length != dw * dh) {
                buffer = new int[dw * dh];
            }
            ManifoldGrid.Manifold manifold = viewModel.manifoldProperty().get();
            boolean showManifold = viewModel.manifoldVisibleProperty().get();
            java.util.Arrays.fill(buffer, showManifold ? 0xFF000000 : 0xFFFFFFFF);
            if (showManifold && manifold != null) {
                paintManifold(manifold, v, scale, dw, dh);
            }
            LatentScatter scatter = viewModel.scatterProperty().get();
            if (scatter != null) {
                paintScatter(scatter, v, scale, dw, dh, showManifold ? DOT_ALPHA_OVER_MANIFOLD : DOT_ALPHA);
            }
            if (raster == null || (int) raster.getWidth() != dw || (int) raster.getHeight() != dh) {
                raster = new WritableImage(dw, dh);
            }
            PixelPainter.write(raster, buffer, dw, dh);
            gc.setImageSmoothing(false);
            gc.drawImage(raster, LEFT, TOP, w, h);
            drawPrior(gc, v, showManifold);
            drawAxes(gc, v);
        }

        /** Paints into the device-pixel buffer ({@code w x h}, {@code scale} device pixels per layout pixel). */
        private void paintManifold(ManifoldGrid.Manifold manifold, Viewport v, double scale, int w, int h) {
            ManifoldGrid g = manifold.grid();
            for (int row = 0; row < g.rows(); row++) {
                int y0 = (int) Math.floor(scale * v.toY(g.maxV() - row * g.tileHeight()));
                int y1 = (int) Math.floor(scale * v.toY(g.maxV() - (row + 1) * g.tileHeight()));
                for (int col = 0; col < g.columns(); col++) {
                    int x0 = (int) Math.floor(scale * v.toX(g.minU() + col * g.tileWidth()));
                    int x1 = (int) Math.floor(scale * v.toX(g.minU() + (col + 1) * g.tileWidth()));
                    PixelPainter.paintTile(buffer, w, w, h, manifold.tiles(), row * g.columns() + col, x0, y0, x1 - x0, y1 - y0);
                }
            }
        }

        private void paintScatter(LatentScatter s, Viewport v, double scale, int w, int h, double alpha) {
            int a = (int) Math.round(alpha * 256);
            int dotRadius = (int) Math.round(this.dotRadius * scale);
            double reach = (dotRadius + 0.5) * (dotRadius + 0.5); // a disc; at radius 1-3 the shape drawn before
            float[] us = s.u();
            float[] vs = s.v();
            byte[] labels = s.labels();
            for (int i = 0; i < us.length; i++) {
                int cx = (int) Math.round(scale * v.toX(us[i]));
                int cy = (int) Math.round(scale * v.toY(vs[i]));
                if (cx < -dotRadius || cy < -dotRadius || cx >= w + dotRadius || cy >= h + dotRadius) {
                    continue;
                }
                int rgb = Theme.DIGIT_RGB[labels[i]];
                for (int dy = -dotRadius; dy <= dotRadius; dy++) {
                    int y = cy + dy;
                    if (y < 0 || y >= h) {
                        continue;
                    }
                    for (int dx = -dotRadius; dx <= dotRadius; dx++) {
                        int x = cx + dx;
                        if (x < 0 || x >= w || dx * dx + dy * dy > reach) {
                            continue;
                        }
                        buffer[y * w + x] = blend(buffer[y * w + x], rgb, a);
                    }
                }
            }
        }

        private static int blend(int below, int rgb, int a) {
            int r = (((rgb >> 16) & 0xFF) * a + ((below >> 16) & 0xFF) * (256 - a)) >> 8;
            int g = (((rgb >> 8) & 0xFF) * a + ((below >> 8) & 0xFF) * (256 - a)) >> 8;
            int b = ((rgb & 0xFF) * a + (below & 0xFF) * (256 - a)) >> 8;
            return 0xFF000000 | r << 16 | g << 8 | b;
        }

        /** The prior's 1σ and 2σ circles, dashed, labelled at their top: where a trained cloud should sit. */
        private void drawPrior(GraphicsContext gc, Viewport v, boolean overManifold) {
            gc.save();
            gc.beginPath();
            gc.rect(LEFT, TOP, v.width(), v.height());
            gc.clip();
            // Dark dashes on a white rim: visible over the dense dots as over the blank plane and the manifold.
            gc.setFont(Theme.BOLD);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.BOTTOM);
            for (PriorContours.Circle c : PriorContours.of(viewModel.projectionProperty().get())) {
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

        private void drawAxes(GraphicsContext gc, Viewport v) {
            double w = v.width();
            double h = v.height();
            LatentProjection p = viewModel.projectionProperty().get();
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

    static String format(double value, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        double rounded = Math.abs(value) < step / 2 ? 0 : value;
        return String.format(Locale.ROOT, "%." + decimals + "f", rounded).replace('-', '\u2212');
    }
}
