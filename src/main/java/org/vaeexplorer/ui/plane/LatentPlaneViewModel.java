package org.vaeexplorer.ui.plane;

import org.vaeexplorer.data.ClassNames;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Point2D;
import org.vaeexplorer.model.PointDecoder;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.analysis.LatentAnalysis;
import org.vaeexplorer.analysis.LatentProbe;
import org.vaeexplorer.analysis.LatentProjection;
import org.vaeexplorer.analysis.LatentScatter;
import org.vaeexplorer.analysis.ManifoldGrid;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.I18n;

/**
 * The latent plane: the test set's latent means, the view onto them (pan, zoom, fit: {@link PlaneZoom}), the
 * draggable latent point with its decoded digit, and the optional manifold grid ({@link ManifoldLayer}). The point is decoded at once, on the
 * calling (UI) thread, in plain Java from the frozen parameters ({@link PointDecoder}, no network): the
 * digit under the cursor changes in the frame the drag arrives in. The manifold grid is decoded by a
 * latest-request-wins worker with its own network; its results reach this view model on the UI thread.
 */
public final class LatentPlaneViewModel {

    /** An arrow key moves the point by this fraction of the visible height (ten times that with Shift). */
    static final double NUDGE_FRACTION = 0.02;
    /** One zoom step (keyboard +/-, one wheel notch). */
    public static final double ZOOM_STEP = 1.25;
    /** A double-click picks the test image whose dot lies within this many pixels of it. */
    static final double PICK_RADIUS = 8;

    private final ManifoldLayer manifold;
    private final PlaneZoom viewport = new PlaneZoom(this);

    private final ReadOnlyObjectWrapper<LatentScatter> scatter = new ReadOnlyObjectWrapper<>(this, "scatter");
    private final ReadOnlyObjectWrapper<Point2D> point = new ReadOnlyObjectWrapper<>(this, "point", Point2D.ZERO);
    private final ReadOnlyObjectWrapper<float[]> latent = new ReadOnlyObjectWrapper<>(this, "latent");
    private final ReadOnlyStringWrapper latentText = new ReadOnlyStringWrapper(this, "latentText", "");
    private final ReadOnlyObjectWrapper<DecodedPoint> decoded = new ReadOnlyObjectWrapper<>(this, "decoded");
    private final ReadOnlyObjectWrapper<LatentProjection> projection = new ReadOnlyObjectWrapper<>(this, "projection");
    private final ReadOnlyObjectWrapper<ModelParams> params = new ReadOnlyObjectWrapper<>(this, "params");
    private final ReadOnlyObjectWrapper<LatentProbe> probe = new ReadOnlyObjectWrapper<>(this, "probe");
    private final ReadOnlyObjectWrapper<MovedEncodings> moved = new ReadOnlyObjectWrapper<>(this, "movedEncodings");
    private final ReadOnlyObjectWrapper<LookedAtImage> lookedAt = new ReadOnlyObjectWrapper<>(this, "lookedAt");
    private final ReadOnlyObjectWrapper<ClassNames> classNames = new ReadOnlyObjectWrapper<>(this, "classNames",
            ClassNames.DIGITS);

    private ModelParams model;
    /** Writes z anew in the language chosen; held here, the language holds it only weakly. */
    private final InvalidationListener languageChanged = o -> {
        if (latent.get() != null) {
            latentText.set(describe(latent.get()));
        }
    };
    /** Reads {@link #model}'s parameters; rebuilt when the model's shape changes. */
    private PointDecoder pointDecoder;

    public LatentPlaneViewModel(BackgroundExecutor executor) {
        manifold = new ManifoldLayer(this, executor);
        I18n.languageProperty().addListener(new WeakInvalidationListener(languageChanged));
    }

    /** What the data's labels mean (digits, garments, class numbers): the legend and the titles follow. */
    public ReadOnlyObjectProperty<ClassNames> classNamesProperty() {
        return classNames.getReadOnlyProperty();
    }

    public void setClassNames(ClassNames names) {
        classNames.set(names);
    }

    public ReadOnlyObjectProperty<LatentScatter> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.property();
    }

    /** The latent point in plane coordinates (z1, z2, or PC1, PC2). */
    public ReadOnlyObjectProperty<Point2D> pointProperty() {
        return point.getReadOnlyProperty();
    }

    /** The full latent vector z at the point. */
    public ReadOnlyObjectProperty<float[]> latentProperty() {
        return latent.getReadOnlyProperty();
    }

    /** z written out for the student, e.g. "z = (0.52, −1.30)". */
    public ReadOnlyStringProperty latentTextProperty() {
        return latentText.getReadOnlyProperty();
    }

    /** The decoded digit at the point. */
    public ReadOnlyObjectProperty<DecodedPoint> decodedProperty() {
        return decoded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty manifoldVisibleProperty() {
        return manifold.visibleProperty();
    }

    public ReadOnlyObjectProperty<ManifoldGrid.Manifold> manifoldProperty() {
        return manifold.manifoldProperty();
    }

    /** The plane's axes: z1/z2 for a 2-D latent, PC1/PC2 above. */
    public ReadOnlyObjectProperty<LatentProjection> projectionProperty() {
        return projection.getReadOnlyProperty();
    }

    /** The parameters the plane decodes with: the current model's, or the newest training snapshot. */
    public ReadOnlyObjectProperty<ModelParams> paramsProperty() {
        return params.getReadOnlyProperty();
    }

    /** An encoded image shown on the plane with its uncertainty (the drawing pad's digit), or null. */
    public ReadOnlyObjectProperty<LatentProbe> probeProperty() {
        return probe.getReadOnlyProperty();
    }

    /** The image the class is looking at: a test image picked on the plane, or the pad's drawing; null at first. */
    public ReadOnlyObjectProperty<LookedAtImage> lookedAtProperty() {
        return lookedAt.getReadOnlyProperty();
    }

    // ---- commands -------------------------------------------------------------------------------

    /** Puts {@code image} in front of the class (null: none), for the tools that follow it. */
    public void lookAt(LookedAtImage image) {
        lookedAt.set(image);
    }

    /**
     * Looks at the test image whose dot is nearest to pixel (x, y) of the plot, if one lies within
     * {@link #PICK_RADIUS}; returns whether one did.
     */
    public boolean pickTestImageAtPixel(double x, double y) {
        LatentScatter s = scatter.get();
        if (s == null) {
            return false;
        }
        Viewport v = viewport.get();
        int nearest = -1;
        double nearestSquared = PICK_RADIUS * PICK_RADIUS;
        for (int i = 0; i < s.size(); i++) {
            double dx = v.toX(s.u()[i]) - x;
            double dy = v.toY(s.v()[i]) - y;
            if (dx * dx + dy * dy <= nearestSquared) {
                nearest = i;
                nearestSquared = dx * dx + dy * dy;
            }
        }
        if (nearest >= 0) {
            lookedAt.set(LookedAtImage.testImage(nearest));
        }
        return nearest >= 0;
    }

    /** The plot is now {@code width x height} pixels. */
    public void resize(double width, double height) {
        if (viewport.resize(width, height, scatter.get())) {
            requestManifold();
        }
    }

    /** Moves the latent point to the plane point under pixel (x, y) of the plot. */
    public void movePointToPixel(double x, double y) {
        Viewport v = viewport.get();
        movePointTo(v.toU(x), v.toV(y));
    }

    /** Moves the latent point to plane coordinates (u, v) and asks for its decoding. */
    public void movePointTo(double u, double v) {
        LatentProjection p = projection.get();
        double vertical = p != null && p.latentSize() == 1 ? 0 : v;
        point.set(new Point2D(u, vertical));
        requestPoint();
    }

    /**
     * Moves the latent point to the full latent vector {@code z}, which need not lie on the plane (for a
     * latent of more than two dimensions): the plane shows its projection, the digit its decoding.
     */
    public void moveLatentTo(float[] z) {
        LatentProjection p = projection.get();
        if (model == null || p == null || z.length != p.latentSize()) {
            return;
        }
        float[] u = new float[1];
        float[] v = new float[1];
        p.project(z, 1, u, v);
        point.set(new Point2D(u[0], p.latentSize() == 1 ? 0 : v[0]));
        requestLatent(z.clone());
    }

    /** Shows (or with null, hides) an encoded image's marker and uncertainty ellipse. */
    public void showProbe(LatentProbe shown) {
        probe.set(shown);
    }

    /** Arrow keys: moves the point by (dx, dy) steps of {@link #NUDGE_FRACTION} of the visible height. */
    public void nudge(int dx, int dy, boolean large) {
        Viewport v = viewport.get();
        double step = NUDGE_FRACTION * v.height() * v.unitsPerPixel() * (large ? 10 : 1);
        movePointTo(point.get().getX() + dx * step, point.get().getY() + dy * step);
    }

    /** Drags the picture by (dx, dy) pixels. */
    public void panByPixels(double dx, double dy) {
        viewport.panByPixels(dx, dy);
        requestManifold();
    }

    /** Zooms by {@code factor} (> 1 magnifies) around pixel (x, y). */
    public void zoomAtPixel(double x, double y, double factor) {
        viewport.zoomAtPixel(x, y, factor);
        requestManifold();
    }

    /** Zooms around the centre of the plot. */
    public void zoom(double factor) {
        Viewport v = viewport.get();
        zoomAtPixel(v.width() / 2, v.height() / 2, factor);
    }

    /** Shows all the data again, and keeps doing so as it changes, until the next pan or zoom. */
    public void fitToData() {
        viewport.fit(scatter.get());
        requestManifold();
    }

    public void toggleManifold() {
        setManifoldVisible(!manifold.visibleProperty().get());
    }

    public void setManifoldVisible(boolean visible) {
        manifold.setVisible(visible);
        requestManifold();
    }

    /** A stepped minibatch's encodings before and after its step (arrows on the plane), or null. */
    public ReadOnlyObjectProperty<MovedEncodings> movedEncodingsProperty() {
        return moved.getReadOnlyProperty();
    }

    // ---- updates from the explorer ------------------------------------------------------------

    /** Shows how a training step moved its minibatch's encodings; null takes the arrows away. */
    public void showMovedEncodings(MovedEncodings encodings) {
        moved.set(encodings);
    }

    /** New parameters (a loaded model, or a training snapshot): decode again with them. */
    public void setModel(ModelParams params) {
        boolean newShape = model == null || !params.sameShape(model.config());
        model = params;
        if (newShape) {
            pointDecoder = PointDecoder.of(params.config());
        }
        this.params.set(params);
        if (newShape) {
            moved.set(null);
            probe.set(null);
            scatter.set(null);
            projection.set(LatentProjection.axes(params.config().latentSize()));
            requestPoint();
        } else if (latent.get() != null) {
            requestLatent(latent.get()); // keep z, which may lie off the plane (sliders, interpolation)
        } else {
            requestPoint();
        }
        requestManifold();
    }

    /**
     * A new model is being trained: the old model's test digits no longer say where this one puts them, and
     * drawn under its manifold they would mislead, so none are shown until the new model's arrive.
     */
    public void clearScatter() {
        scatter.set(null);
    }

    /** Latent means of the test set under the current model (or a recent one of the same shape). */
    public void setAnalysis(LatentAnalysis analysis) {
        if (model == null || analysis.projection().latentSize() != model.config().latentSize()) {
            return; // computed for a model that has since been replaced
        }
        boolean planeChanged = analysis.projection().isPca() || projection.get() == null
                || projection.get().isPca() != analysis.projection().isPca();
        projection.set(analysis.projection());
        scatter.set(analysis.scatter());
        viewport.follow(analysis.scatter());
        if (planeChanged) {
            requestPoint(); // the same plane point is another z on a new PCA plane
        }
        requestManifold();
    }

    ModelParams model() {
        return model;
    }

    public LatentProjection projection() {
        return projection.get();
    }

    // ---- internals --------------------------------------------------------------------------------

    private void requestPoint() {
        LatentProjection p = projection.get();
        if (model == null || p == null) {
            return;
        }
        requestLatent(p.toLatent(point.get().getX(), point.get().getY()));
    }

    private void requestLatent(float[] z) {
        latent.set(z);
        latentText.set(describe(z));
        ModelParams m = model;
        float[] pixels = pointDecoder.decode(m.params(), z);
        decoded.set(new DecodedPoint(z, new GreyImages(1, m.config().imageRows(), m.config().imageCols(), pixels)));
    }

    private void requestManifold() {
        manifold.request(model, viewport.get(), projection.get());
    }

    /**
     * "z = (0.52, −1.30)"; a longer vector shows its first two entries and "…" (its entries are on the Dimensions
     * tab): the decoded digit's panel is narrow beside the lesson on a 720-pixel projector, and more entries, one
     * a line there, made the band above the tabs taller than the window has room for.
     */
    static String describe(float[] z) {
        int shown = Math.min(z.length, 2);
        StringBuilder s = new StringBuilder("z = (");
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(String.format("%.2f", z[i]).replace('-', '\u2212'));
        }
        if (shown < z.length) {
            s.append(",\u00a0\u2026"); // joined to the last entry: on no line of its own, however narrow the panel
        }
        return s.append(')').toString();
    }

    /** The name of label {@code c}: "7", "Trouser" / "裤子", "class 3" / "类别 3". */
    public static String className(ClassNames names, int c) {
        if (names.equals(ClassNames.FASHION) && c >= 0 && c < names.names().size()) {
            return I18n.text("plane.fashion." + c);
        }
        String name = names.name(c);
        return name.equals(ClassNames.NUMBERED.name(c)) ? I18n.text("plane.class", c) : name;
    }

    /** The text of {@code digitKey} where the labels are digits, else of {@code imageKey}: "Decoded digit". */
    public static String forItem(ClassNames names, String digitKey, String imageKey) {
        return I18n.text(names.digits() ? digitKey : imageKey);
    }
}
