package org.vaeexplorer.ui.tools.draw;

import org.vaeexplorer.analysis.DigitFraming;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Posterior;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.analysis.LatentProbe;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.DecodeWorker;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.ToolRefresh;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.plane.LookedAtImage;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * A digit drawn with the mouse on a grid of the model's image size, encoded as it is drawn: its posterior
 * goes onto the latent plane as a marker with its uncertainty ellipse, and its reconstruction beside the pad;
 * the class then looks at it ({@link LatentPlaneViewModel#lookAt}), so the Network tab takes it through.
 */
public final class DrawingPadViewModel {

    public static final int MIN_BRUSH = 1;
    public static final int MAX_BRUSH = 4;

    /** What the encoder made of the drawing. */
    record Encoded(LatentProbe probe, GreyImages reconstruction, long version) {
    }

    private final LatentPlaneViewModel plane;
    private final DecodeWorker<Drawing, Encoded> encoder;
    private final ToolRefresh refresh = new ToolRefresh(this::encode);
    private final ReadOnlyObjectWrapper<GreyImages> drawing = new ReadOnlyObjectWrapper<>(this, "drawing");
    private final ReadOnlyObjectWrapper<GreyImages> reconstruction = new ReadOnlyObjectWrapper<>(this, "reconstruction");
    /** The encoding the summary writes out, null while the pad is empty. */
    private final ReadOnlyObjectWrapper<LatentProbe> summarised = new ReadOnlyObjectWrapper<>(this, "summarised");
    private final StringBinding summary = I18n.bind(() -> summarised.get() == null ? I18n.text("tools.draw.empty")
            : describe(summarised.get()), summarised);
    /**
     * The default brush, radius 2 (a stroke about 4 pixels wide with its soft rim): MNIST's strokes are
     * 2-4 pixels wide, and radius 1 drew lines so thin that the 2-D model read a 7 as a 2.
     */
    public static final int DEFAULT_BRUSH = 2;
    private final IntegerProperty brush = new SimpleIntegerProperty(this, "brush", DEFAULT_BRUSH);
    private final ReadOnlyObjectWrapper<GreyImages> framed = new ReadOnlyObjectWrapper<>(this, "framed");

    private record Drawing(float[] pixels, long version) {
    }

    private float[] pixels = new float[0];
    private LatentProbe shownProbe;
    private int rows;
    private int cols;
    private long version;
    /** The drawing last put in front of the class: a new model's encoding of it does not put it there again. */
    private long lookedAtVersion = -1;

    /** @param thread a confined thread: the encoder's network lives there */
    public DrawingPadViewModel(LatentPlaneViewModel plane, BackgroundExecutor executor, Executor thread) {
        this.plane = plane;
        this.encoder = new DecodeWorker<>(thread, DrawingPadViewModel::encode, executor.latestOnUiThread(this::show));
        plane.paramsProperty().addListener((obs, old, now) -> modelChanged(now));
        // The marker belongs to the pad: it leaves the plane with the pad's tab and comes back with it.
        refresh.activeProperty().addListener((obs, old, now) -> plane.showProbe(now ? shownProbe : null));
        modelChanged(plane.paramsProperty().get());
    }

    /** The drawing, one image of the model's size, pixels in [0, 1]. */
    public ReadOnlyObjectProperty<GreyImages> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** decode(mu(x)) of the drawing; null while the pad is empty. */
    public ReadOnlyObjectProperty<GreyImages> reconstructionProperty() {
        return reconstruction.getReadOnlyProperty();
    }

    /** The drawing as the encoder reads it: framed as MNIST's digits are ({@link DigitFraming}). */
    public ReadOnlyObjectProperty<GreyImages> framedProperty() {
        return framed.getReadOnlyProperty();
    }

    /** The posterior mean and standard deviations, written out. */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** Brush radius in image pixels, {@value #MIN_BRUSH} to {@value #MAX_BRUSH}. */
    public IntegerProperty brushProperty() {
        return brush;
    }

    public BooleanProperty activeProperty() {
        return refresh.activeProperty();
    }

    /**
     * Paints (or erases) a soft round dot at ({@code fx}, {@code fy}), fractions of the pad's width and
     * height: full ink within the brush radius, fading over one pixel at the rim, as a pen on MNIST's
     * anti-aliased digits would.
     */
    public void paint(double fx, double fy, boolean erase) {
        if (pixels.length == 0) {
            return;
        }
        double cx = fx * cols;
        double cy = fy * rows;
        // The eraser is a pixel wider than the pen, so one pass over a stroke removes its soft rim too.
        double radius = Math.max(MIN_BRUSH, Math.min(MAX_BRUSH, brush.get())) - 0.5 + (erase ? 1 : 0);
        boolean changed = false;
        for (int r = (int) Math.floor(cy - radius - 1); r <= (int) Math.ceil(cy + radius + 1); r++) {
            for (int c = (int) Math.floor(cx - radius - 1); c <= (int) Math.ceil(cx + radius + 1); c++) {
                if (r < 0 || r >= rows || c < 0 || c >= cols) {
                    continue;
                }
                double distance = Math.hypot(r + 0.5 - cy, c + 0.5 - cx);
                float ink = (float) Math.max(0, Math.min(1, radius + 1 - distance));
                int i = r * cols + c;
                float next = erase ? Math.min(pixels[i], 1 - ink) : Math.max(pixels[i], ink);
                if (next != pixels[i]) {
                    pixels[i] = next;
                    changed = true;
                }
            }
        }
        if (changed) {
            publish();
        }
    }

    public void clear() {
        Arrays.fill(pixels, 0f);
        drawing.set(new GreyImages(1, rows, cols, pixels.clone()));
        reconstruction.set(null);
        framed.set(null);
        summarised.set(null);
        version++;
        shownProbe = null;
        plane.showProbe(null);
        LookedAtImage lookedAt = plane.lookedAtProperty().get();
        if (lookedAt != null && lookedAt.isDrawn()) {
            plane.lookAt(null);
        }
    }

    /** Shows the encoding once it comes back (on the UI thread); an answer for an older drawing is dropped. */
    private void show(Encoded encoded) {
        if (encoded.version() != version) {
            return;
        }
        reconstruction.set(encoded.reconstruction());
        summarised.set(encoded.probe());
        shownProbe = encoded.probe();
        if (refresh.activeProperty().get()) {
            plane.showProbe(shownProbe);
        }
        if (lookedAtVersion != version && framed.get() != null) {
            lookedAtVersion = version;
            plane.lookAt(LookedAtImage.drawing(framed.get()));
        }
    }

    private void modelChanged(ModelParams params) {
        if (params == null) {
            return;
        }
        if (params.config().imageRows() != rows || params.config().imageCols() != cols) {
            rows = params.config().imageRows();
            cols = params.config().imageCols();
            pixels = new float[rows * cols];
            clear();
        } else if (isDrawn()) {
            refresh.request();
        }
    }

    private boolean isDrawn() {
        for (float p : pixels) {
            if (p > 0) {
                return true;
            }
        }
        return false;
    }

    private void publish() {
        drawing.set(new GreyImages(1, rows, cols, pixels.clone()));
        version++;
        refresh.request();
    }

    private void encode() {
        ModelParams params = plane.paramsProperty().get();
        if (params != null && isDrawn()) {
            float[] input = DigitFraming.frame(pixels, rows, cols);
            framed.set(new GreyImages(1, rows, cols, input));
            encoder.request(params, new Drawing(input, version));
        }
    }

    private static Encoded encode(Vae vae, Drawing d) {
        Posterior q = vae.encode(Nd4j.create(d.pixels(), new long[] {1, d.pixels().length}, 'c'));
        float[] mean = ImageMatrix.toFloats(q.mean());
        float[] logVar = ImageMatrix.toFloats(q.logVariance());
        float[] decoded = ImageMatrix.toFloats(vae.decode(q.mean()));
        return new Encoded(new LatentProbe(mean, logVar),
                new GreyImages(1, vae.config().imageRows(), vae.config().imageCols(), decoded), d.version());
    }

    /** "mu = (0.52, -1.30)  sigma = (0.11, 0.20)", long vectors cut after a few entries. */
    static String describe(LatentProbe probe) {
        float[] sigma = new float[probe.logVariance().length];
        for (int j = 0; j < sigma.length; j++) {
            sigma[j] = (float) Math.exp(probe.logVariance()[j] / 2);
        }
        return "\u03bc = " + vector(probe.mean()) + "\n\u03c3 = " + vector(sigma);
    }

    private static String vector(float[] values) {
        int shown = Math.min(values.length, 3);
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < shown; i++) {
            s.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.2f", values[i]).replace('-', '\u2212'));
        }
        return s.append(shown < values.length ? ", \u2026)" : ")").toString();
    }
}
