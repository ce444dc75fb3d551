package org.vaeexplorer.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What a model went through: per-epoch losses, the sample snapshots and the smoothed per-iteration
 * training curve as the window drew it (empty for models trained before it was kept, or by the CLI),
 * oldest first. Immutable.
 *
 * <p>Sample snapshots are kept log-spaced, so a run of any length holds a bounded number of them (at most
 * {@link #MAX_SNAPSHOTS}) in memory and in every checkpoint: the first snapshot at or after each of
 * {@link #SNAPSHOT_MARKS}, and the newest. A run of ten epochs keeps all of its snapshots. A file written
 * before this rule loads with all it holds; the first snapshot added to it thins it.
 */
public record TrainingHistory(List<EpochRecord> epochs, List<SampleSnapshot> samples, List<CurvePoint> trainCurve) {

    public static final TrainingHistory EMPTY = new TrainingHistory(List.of(), List.of(), List.of());

    public TrainingHistory {
        epochs = List.copyOf(epochs);
        samples = List.copyOf(samples);
        trainCurve = trainCurve == null ? List.of() : List.copyOf(trainCurve);
    }

    /** A history without a training curve. */
    public TrainingHistory(List<EpochRecord> epochs, List<SampleSnapshot> samples) {
        this(epochs, samples, List.of());
    }

    public TrainingHistory plus(EpochRecord record) {
        List<EpochRecord> more = new ArrayList<>(epochs);
        more.add(record);
        return new TrainingHistory(more, samples, trainCurve);
    }

    /**
     * Epochs (fractional) at which the "blurry to sharp" strip keeps a snapshot: in the first epoch, where
     * the pictures change fastest, at 1-2-5 steps; then one per epoch up to ten (the default run); then
     * 1-2-5 steps again up to {@link VaeConfig#MAX_EPOCHS}.
     */
    public static final double[] SNAPSHOT_MARKS = {0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5,
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000};
    /** One snapshot per mark, and the newest. */
    public static final int MAX_SNAPSHOTS = SNAPSHOT_MARKS.length + 1;

    /** The history with {@code snapshot} added as the newest, and its snapshots thinned (see the class comment). */
    public TrainingHistory plus(SampleSnapshot snapshot) {
        List<SampleSnapshot> more = new ArrayList<>(samples);
        more.add(snapshot);
        return new TrainingHistory(epochs, keptSnapshots(more), trainCurve);
    }

    /**
     * The snapshots the strip keeps of {@code snapshots} (oldest first): the first one at or after each
     * mark, and the last. Adding a snapshot to a kept list drops at most the one that was newest before.
     */
    public static List<SampleSnapshot> keptSnapshots(List<SampleSnapshot> snapshots) {
        List<SampleSnapshot> kept = new ArrayList<>(Math.min(snapshots.size(), MAX_SNAPSHOTS));
        int previousMark = -1;
        for (int i = 0; i < snapshots.size(); i++) {
            int mark = markOf(snapshots.get(i).epochs());
            if (mark != previousMark || i == snapshots.size() - 1) {
                kept.add(snapshots.get(i));
            }
            previousMark = mark;
        }
        return kept;
    }

    /** Index of the last mark at or before {@code epochs}. */
    private static int markOf(double epochs) {
        int mark = 0;
        while (mark + 1 < SNAPSHOT_MARKS.length && SNAPSHOT_MARKS[mark + 1] <= epochs) {
            mark++;
        }
        return mark;
    }

    /** The same history with {@code curve} as its training curve. */
    public TrainingHistory withTrainCurve(List<CurvePoint> curve) {
        return new TrainingHistory(epochs, samples, curve);
    }

    /** How far training went, in fractional epochs: the training curve's last point, else the epochs ended. */
    public double trainedEpochs() {
        return trainCurve.isEmpty() ? epochs.size() : Math.max(epochs.size(), trainCurve.get(trainCurve.size() - 1).epochs());
    }

    public int epochCount() {
        return epochs.size();
    }

    /** The last epoch's record, or null before the first epoch ends. */
    public EpochRecord last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }
}
