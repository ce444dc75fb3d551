package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.List;

/** What a model went through: per-epoch losses and the sample snapshots, oldest first. Immutable. */
public record TrainingHistory(List<EpochRecord> epochs, List<SampleSnapshot> samples) {

    public static final TrainingHistory EMPTY = new TrainingHistory(List.of(), List.of());

    public TrainingHistory {
        epochs = List.copyOf(epochs);
        samples = List.copyOf(samples);
    }

    public TrainingHistory plus(EpochRecord record) {
        List<EpochRecord> more = new ArrayList<>(epochs);
        more.add(record);
        return new TrainingHistory(more, samples);
    }

    public TrainingHistory plus(SampleSnapshot snapshot) {
        List<SampleSnapshot> more = new ArrayList<>(samples);
        more.add(snapshot);
        return new TrainingHistory(epochs, more);
    }

    public int epochCount() {
        return epochs.size();
    }

    /** The last epoch's record, or null before the first epoch ends. */
    public EpochRecord last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }
}
