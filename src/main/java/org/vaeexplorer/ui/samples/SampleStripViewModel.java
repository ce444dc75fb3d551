package org.vaeexplorer.ui.samples;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vaeexplorer.store.SampleSnapshot;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.ui.fx.I18n;

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
    /** What the scrubbed-to snapshot is, in the current language. */
    private final StringBinding selectedLabel = I18n.bind(this::label, selected, snapshots);

    /**
     * Moments of training (in epochs) the strip shows at a glance, log-spaced: the first iterations tell
     * most of the story (a grey blob, then strokes) and would need scrubbing among consecutive snapshots.
     */
    static final double[] OVERVIEW_MARKS = {0, 0.02, 0.1, 0.5, 1, 5, 10, 50, 100, 500, 1000, 5000, 10_000, 50_000};

    public SampleStripViewModel() {
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

    public StringBinding selectedLabelProperty() {
        return selectedLabel;
    }

    /**
     * The snapshots the strip shows, oldest first: for each of {@link #OVERVIEW_MARKS} up to the selected
     * snapshot, the first snapshot taken at or after it, then the selected one itself.
     */
    public List<Integer> overview() {
        List<Double> epochs = snapshots.stream().map(SampleSnapshot::epochs).toList();
        return overview(epochs, selected.get());
    }

    static List<Integer> overview(List<Double> epochs, int selected) {
        if (selected < 0 || selected >= epochs.size()) {
            return List.of();
        }
        java.util.TreeSet<Integer> shown = new java.util.TreeSet<>();
        double until = epochs.get(selected);
        for (double mark : OVERVIEW_MARKS) {
            if (mark > until) {
                break;
            }
            for (int i = 0; i <= selected; i++) {
                if (epochs.get(i) >= mark) {
                    shown.add(i);
                    break;
                }
            }
        }
        shown.add(selected);
        return List.copyOf(shown);
    }

    /**
     * At most {@code rows} of {@code overview}, evenly spread over it, always the first (the blob) and the
     * last (the chosen snapshot): a short strip still tells the story from start to end.
     */
    public static List<Integer> spread(List<Integer> overview, int rows) {
        if (overview.size() <= rows) {
            return overview;
        }
        if (rows <= 1) {
            return List.of(overview.get(overview.size() - 1));
        }
        java.util.TreeSet<Integer> picked = new java.util.TreeSet<>();
        for (int r = 0; r < rows; r++) {
            picked.add(overview.get((int) Math.round(r * (overview.size() - 1) / (double) (rows - 1))));
        }
        return List.copyOf(picked);
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
    }

    private String label() {
        int i = selected.get();
        if (i < 0 || i >= snapshots.size()) {
            return snapshots.isEmpty() ? I18n.text("samples.none") : "";
        }
        SampleSnapshot s = snapshots.get(i);
        return I18n.text("samples.selected", i + 1, snapshots.size(), s.iteration(), s.epochs());
    }
}
