package org.vaeexplorer.ui.session;

import javafx.beans.value.ObservableValue;
import org.vaeexplorer.analysis.LatentAnalysis;
import org.vaeexplorer.analysis.LatentAnalyzer;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.train.TrainingFeed;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.DecodeWorker;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.plane.ReconstructionViewModel;

import java.util.Objects;

/**
 * When the test set is encoded again for the plane's dots and the reconstructions: for each model shown, for a
 * new dataset, and during training at a cadence. The encoding runs on a latest-request-wins worker; a result
 * computed for a model replaced since is dropped.
 */
public final class AnalysisScheduler {

    /**
     * During training the test set is re-encoded every iteration/2 iterations, but no more often than every MIN
     * and at least every MAX iterations, and at each epoch end: often while the picture changes fast, rarely once
     * it settles. Encoding much more often cost the dragged digit its smoothness (docs/performance.md).
     */
    static final long MIN_INTERVAL = 200;
    static final long MAX_INTERVAL = 500;

    private final ObservableValue<Dataset> data;
    private final LatentPlaneViewModel plane;
    private final ReconstructionViewModel reconstructions;
    private final DecodeWorker<LatentAnalyzer.Query, LatentAnalysis> analyzer;

    /** The parameters on screen: the current model's, or the newest training snapshot. */
    private ModelParams shown;
    private long shownIteration;
    private long lastAnalysisIteration;
    /** Counts model replacements and new runs: an analysis of anything older is not shown. */
    private long generation;
    /** The test images shown in and out of the VAE, one per class. */
    private int[] reconstructed = new int[0];

    public AnalysisScheduler(BackgroundExecutor executor, ObservableValue<Dataset> data, LatentPlaneViewModel plane,
                             ReconstructionViewModel reconstructions) {
        this.data = Objects.requireNonNull(data);
        this.plane = Objects.requireNonNull(plane);
        this.reconstructions = Objects.requireNonNull(reconstructions);
        this.analyzer = new DecodeWorker<>(executor.newConfinedThread("vae-analysis"), new LatentAnalyzer()::run,
                executor.latestOnUiThread(this::showAnalysis));
    }

    /** The model was replaced: analyses under way are for the old one. */
    public void modelReplaced() {
        generation++;
    }

    /** A run starts: the first snapshot of a new model is analysed at once; a continued one at the usual cadence. */
    public void runStarted(boolean continuing) {
        generation++;
        shownIteration = 0;
        lastAnalysisIteration = continuing ? 0 : -MAX_INTERVAL;
    }

    /** A new dataset: its test images to show reconstructed. */
    public void dataArriving(Dataset d) {
        reconstructed = LatentAnalyzer.onePerClass(d.test(), ReconstructionViewModel.DIGITS);
    }

    /** Shows {@code params} on the plane and encodes the test set with them. */
    public void show(ModelParams params) {
        shown = params;
        plane.setModel(params);
        analyze();
    }

    /** A run's news: its newest parameters go on the plane at once, the test set is encoded at the cadence. */
    public void trainingNews(TrainingFeed.Update update) {
        if (update.params() != null) {
            shown = ModelParams.frozen(update.config(), update.params().params());
            shownIteration = update.params().iteration();
            plane.setModel(shown);
        }
        long interval = Math.max(MIN_INTERVAL, Math.min(MAX_INTERVAL, shownIteration / 2));
        if ((update.params() != null && shownIteration - lastAnalysisIteration >= interval) || !update.epochs().isEmpty()) {
            lastAnalysisIteration = shownIteration;
            analyze();
        }
    }

    /** Encodes the test set with the parameters on screen, if they read the dataset's images. */
    public void analyze() {
        Dataset d = data.getValue();
        ModelParams params = shown;
        if (d == null || params == null || !params.config().readsImagesOf(d)) {
            return;
        }
        analyzer.request(params, new LatentAnalyzer.Query(d.test(), reconstructed, plane.projection(), generation));
    }

    private void showAnalysis(LatentAnalysis analysis) {
        if (analysis.generation() != generation) {
            return; // computed for a model that has been replaced since
        }
        plane.setAnalysis(analysis);
        reconstructions.show(analysis);
    }
}
