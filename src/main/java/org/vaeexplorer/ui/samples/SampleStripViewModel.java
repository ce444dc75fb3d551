package org.vaeexplorer.ui.samples;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vaeexplorer.store.SampleSnapshot;
import org.vaeexplorer.store.TrainingHistory;

import java.util.List;

/**
 * "Blurry to sharp": the decodings of the run's fixed latent samples at successive moments of training,
 * oldest first, and which one the student has scrubbed to. While the selection is on the newest
 * snapshot it follows new ones as they arrive.
 */
public final class SampleStripViewModel {

    private final ObservableList<SampleSnapshot> snapshots = FXCollections.observableArrayList();
    private final ObservableList<SampleSnapshot> readOnlySnapshots = FXCollections.unmodifiableObservableList(snapshots);
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ReadOnlyIntegerWrapper last = new ReadOnlyIntegerWrapper(this, "last", -1);
    private final ReadOnlyStringWrapper selectedLabel = new ReadOnlyStringWrapper(this, "selectedLabel", "No samples yet");

    public SampleStripViewModel() {
        selected.addListener((obs, old, now) -> updateLabel());
    }

    public ObservableList<SampleSnapshot> snapshots() {
        return readOnlySnapshots;
    }

    /** Index of the snapshot scrubbed to; the slider writes it. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** Index of the newest snapshot, -1 when there is none: the slider's maximum. */
    public ReadOnlyIntegerProperty lastProperty() {
        return last.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedLabelProperty() {
        return selectedLabel.getReadOnlyProperty();
    }

    /** Scrubs {@code delta} snapshots on (negative: back), stopping at the first and the newest. */
    public void step(int delta) {
        if (snapshots.isEmpty()) {
            return;
        }
        selected.set(Math.max(0, Math.min(snapshots.size() - 1, selected.get() + delta)));
    }

    public void setHistory(List<SampleSnapshot> history) {
        snapshots.setAll(history);
        last.set(snapshots.size() - 1);
        selected.set(snapshots.size() - 1);
        updateLabel();
    }

    public void add(SampleSnapshot snapshot) {
        boolean following = selected.get() == snapshots.size() - 1;
        snapshots.add(snapshot);
        // The strip keeps what the run's history keeps, so a long run's strip stays as small as its file.
        List<SampleSnapshot> kept = TrainingHistory.keptSnapshots(snapshots);
        if (kept.size() < snapshots.size()) {
            snapshots.setAll(kept);
        }
        last.set(snapshots.size() - 1);
        if (following || selected.get() > last.get()) {
            selected.set(snapshots.size() - 1);
        }
        updateLabel();
    }

    private void updateLabel() {
        int i = selected.get();
        if (i < 0 || i >= snapshots.size()) {
            selectedLabel.set(snapshots.isEmpty() ? "No samples yet: press Train" : "");
            return;
        }
        SampleSnapshot s = snapshots.get(i);
        selectedLabel.set(String.format("Snapshot %d of %d: iteration %,d (epoch %.2f)", i + 1, snapshots.size(),
                s.iteration(), s.epochs()));
    }
}
