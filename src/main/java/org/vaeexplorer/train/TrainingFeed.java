package org.vaeexplorer.train;

import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.SampleSnapshot;
import org.vaeexplorer.model.VaeConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects one run's news on the training thread until the UI thread drains it, once per frame: every
 * progress record (each becomes a chart point), epoch records and sample snapshots in order, but only the
 * newest parameter snapshot and stepped minibatch (older ones are superseded). The training thread only appends under a lock
 * held for nanoseconds; it never waits for the UI.
 */
public final class TrainingFeed implements TrainingListener {

    /** Everything that arrived since the last drain. */
    public record Update(VaeConfig config, List<TrainingProgress> progress, List<EpochRecord> epochs, List<SampleSnapshot> samples,
                  ParamsSnapshot params, StepRecord step, ModelFile checkpoint, TrainingOutcome outcome) {

        public boolean isEmpty() {
            return progress.isEmpty() && epochs.isEmpty() && samples.isEmpty() && params == null && step == null
                    && checkpoint == null && outcome == null;
        }

        public TrainingProgress latestProgress() {
            return progress.isEmpty() ? null : progress.get(progress.size() - 1);
        }
    }

    private final VaeConfig config;
    private final Object lock = new Object();
    private List<TrainingProgress> progress = new ArrayList<>();
    private List<EpochRecord> epochs = new ArrayList<>();
    private List<SampleSnapshot> samples = new ArrayList<>();
    private ParamsSnapshot params;
    private StepRecord step;
    private ModelFile checkpoint;
    private TrainingOutcome outcome;

    /** @param config the run's hyperparameters, handed on with every update (the shape of its snapshots) */
    public TrainingFeed(VaeConfig config) {
        this.config = config;
    }

    @Override
    public void onProgress(TrainingProgress p) {
        synchronized (lock) {
            progress.add(p);
        }
    }

    @Override
    public void onEpochEnd(EpochRecord record) {
        synchronized (lock) {
            epochs.add(record);
        }
    }

    @Override
    public void onParams(ParamsSnapshot snapshot) {
        synchronized (lock) {
            params = snapshot;
        }
    }

    @Override
    public void onSamples(SampleSnapshot snapshot) {
        synchronized (lock) {
            samples.add(snapshot);
        }
    }

    /** Only the newest stepped minibatch is kept: the window shows the last of the steps asked for. */
    @Override
    public void onStep(StepRecord newest) {
        synchronized (lock) {
            step = newest;
        }
    }

    /** Only the newest checkpoint is kept: it supersedes an older one not yet written. */
    @Override
    public void onCheckpoint(ModelFile newest) {
        synchronized (lock) {
            checkpoint = newest;
        }
    }

    @Override
    public void onFinished(TrainingOutcome result) {
        synchronized (lock) {
            outcome = result;
        }
    }

    /**
     * Takes the newest checkpoint not yet drained, from any thread: the process is ending, and the checkpoint
     * is kept without waiting for the thread that drains the feed.
     */
    public ModelFile takeCheckpoint() {
        synchronized (lock) {
            ModelFile newest = checkpoint;
            checkpoint = null;
            return newest;
        }
    }

    /** Takes everything collected so far; the feed starts empty again. */
    public Update drain() {
        synchronized (lock) {
            Update update = new Update(config, progress, epochs, samples, params, step, checkpoint, outcome);
            progress = new ArrayList<>();
            epochs = new ArrayList<>();
            samples = new ArrayList<>();
            params = null;
            step = null;
            checkpoint = null;
            outcome = null;
            return update;
        }
    }
}
