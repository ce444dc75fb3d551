package org.vaeexplorer.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What a model went through: per-epoch losses, the sample snapshots and the smoothed per-iteration
 * training curve as the window drew it (empty for models trained before it was kept, or by the CLI),
 * oldest first. Immutable.
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

    public TrainingHistory plus(SampleSnapshot snapshot) {
        List<SampleSnapshot> more = new ArrayList<>(samples);
        more.add(snapshot);
        return new TrainingHistory(epochs, more, trainCurve);
    }

    /** The same history with {@code curve} as its training curve. */
    public TrainingHistory withTrainCurve(List<CurvePoint> curve) {
        return new TrainingHistory(epochs, samples, curve);
    }

    public int epochCount() {
        return epochs.size();
    }

    /** The last epoch's record, or null before the first epoch ends. */
    public EpochRecord last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }
}
