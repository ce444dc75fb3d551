package org.vaeexplorer.ui.tools.network;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.analysis.NetworkTrace;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.DecodeWorker;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.TestDigits;
import org.vaeexplorer.ui.fx.ToolRefresh;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.plane.LookedAtImage;

import java.util.Random;
import java.util.concurrent.Executor;

/**
 * The network drawn as it is: a test digit goes through the encoder to μ and σ, a drawn ε makes z, the
 * decoder draws z, and the loss's two terms are weighed with β. Follows the parameters on the plane, so it
 * changes while training runs. Sample again draws a new ε; the mean shows z = μ instead. The image is the one
 * the class last looked at: a test digit chosen by number or picked on the plane, or the digit drawn on the pad
 * ({@link LatentPlaneViewModel#lookedAtProperty()}).
 */
public final class NetworkViewModel {

    /** What the panel shows: the trace and the networks' layers, from the model it was computed with. */
    public record Shown(NetworkTrace trace, VaeConfig config, int rows, int cols) {
    }

    private record Query(float[] image, float[] noise, boolean sampled, int rows, int cols) {
    }

    /** Where the image comes from. */
    public enum Source {
        /** The test digit of the number box. */
        NUMBER,
        /** A test digit picked on the plane (its number in the box). */
        PLANE,
        /** The digit drawn on the pad, framed as the encoder reads it. */
        PAD
    }

    private final LatentPlaneViewModel plane;
    private final ReadOnlyObjectProperty<Dataset> data;
    private final DecodeWorker<Query, Shown> worker;
    private final ToolRefresh refresh = new ToolRefresh(this::compute);
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", 0);
    private final BooleanProperty sampled = new SimpleBooleanProperty(this, "sampled", true);
    private final ReadOnlyIntegerWrapper draw = new ReadOnlyIntegerWrapper(this, "draw", 1);
    private final ReadOnlyIntegerProperty testCount;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>(this, "source", Source.NUMBER);
    private final StringBinding sourceText = I18n.bind(() -> switch (source.get()) {
        case NUMBER -> I18n.text("tools.network.input.number", index.get());
        case PLANE -> I18n.text("tools.network.input.plane", index.get());
        case PAD -> I18n.text("tools.network.input.pad");
    }, source, index);
    private GreyImages drawn;
    /** True while the number box follows a digit picked on the plane: that is no choice by number. */
    private boolean followingPlane;

    /** @param thread a confined thread: the panel's network lives there */
    public NetworkViewModel(LatentPlaneViewModel plane, ReadOnlyObjectProperty<Dataset> data, BackgroundExecutor executor,
                            Executor thread) {
        this.plane = plane;
        this.data = data;
        this.testCount = TestDigits.countOf(data);
        this.worker = new DecodeWorker<>(thread, NetworkViewModel::trace, executor.latestOnUiThread(shown::set));
        index.addListener(x -> {
            if (!followingPlane) {
                source.set(Source.NUMBER);
            }
            refresh.request();
        });
        plane.lookedAtProperty().addListener((obs, old, now) -> follow(now));
        sampled.addListener(x -> refresh.request());
        draw.addListener(x -> refresh.request());
        plane.paramsProperty().addListener(x -> refresh.request());
        data.addListener(x -> refresh.request());
        refresh.request();
    }

    /** The test digit that goes through the network. */
    public IntegerProperty indexProperty() {
        return index;
    }

    /** True: z = μ + σ·ε, a sample of q(z|x); false: z = μ, its mean. */
    public BooleanProperty sampledProperty() {
        return sampled;
    }

    /** Which ε is drawn: 1 at first, one more each Sample again. */
    public ReadOnlyIntegerProperty drawProperty() {
        return draw.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Where the image comes from: the number box, the plane or the pad. */
    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The source written out: "test digit #7, picked on the plane". */
    public StringBinding sourceTextProperty() {
        return sourceText;
    }

    public ReadOnlyIntegerProperty testCountProperty() {
        return testCount;
    }

    /** True while the tab is shown: only then does the panel compute. */
    public BooleanProperty activeProperty() {
        return refresh.activeProperty();
    }

    /** A new ε, so a new z from the same q(z|x): a sample again. */
    public void sampleAgain() {
        sampled.set(true);
        draw.set(draw.get() + 1);
    }

    /** Takes the image the class now looks at; none (the pad cleared) goes back to the number box's digit. */
    private void follow(LookedAtImage image) {
        if (image == null) {
            source.set(Source.NUMBER);
        } else if (image.isDrawn()) {
            drawn = image.drawn();
            source.set(Source.PAD);
        } else {
            followingPlane = true;
            try {
                index.set(image.testIndex());
            } finally {
                followingPlane = false;
            }
            source.set(Source.PLANE);
        }
        refresh.request();
    }

    private void compute() {
        Dataset d = data.get();
        ModelParams params = plane.paramsProperty().get();
        if (params == null) {
            return;
        }
        float[] eps = noise(params.config().latentSize(), draw.get());
        if (source.get() == Source.PAD) {
            if (drawn.rows() == params.config().imageRows() && drawn.cols() == params.config().imageCols()) {
                worker.request(params, new Query(drawn.pixels(), eps, sampled.get(), drawn.rows(), drawn.cols()));
            }
            return;
        }
        if (d == null || !params.config().readsImagesOf(d)) {
            return;
        }
        ImageSet test = d.test();
        int i = TestDigits.clamp(test, index.get());
        worker.request(params, new Query(test.scaledImages(new int[] {i}), eps, sampled.get(), d.rows(), d.cols()));
    }

    /** ε ~ N(0, I), the same for the same draw, so the picture changes only when asked to. */
    static float[] noise(int latentSize, int draw) {
        Random rng = new Random(draw);
        float[] eps = new float[latentSize];
        for (int j = 0; j < latentSize; j++) {
            eps[j] = (float) rng.nextGaussian();
        }
        return eps;
    }

    private static Shown trace(Vae vae, Query q) {
        return new Shown(NetworkTrace.of(vae, q.image(), q.noise(), q.sampled()), vae.config(), q.rows(), q.cols());
    }
}
