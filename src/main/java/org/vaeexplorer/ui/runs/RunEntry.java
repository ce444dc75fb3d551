package org.vaeexplorer.ui.runs;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.vaeexplorer.evaluation.FullEvaluation;
import org.vaeexplorer.evaluation.KeptEvaluation;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.StoredRun;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One row of the runs list. A checkpoint of the run under way updates its row in place: replacing the
 * row would make the table rebuild its cells and restyle them, a pause of the FX thread one can see.
 */
public final class RunEntry {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private StoredRun run;
    private final BooleanProperty ticked = new SimpleBooleanProperty(this, "ticked");
    private final LocalDateTime start;
    private final String time;
    private final ReadOnlyStringWrapper settings = new ReadOnlyStringWrapper(this, "settings");
    private final ReadOnlyStringWrapper epochs = new ReadOnlyStringWrapper(this, "epochs");
    private final ReadOnlyStringWrapper negElbo = new ReadOnlyStringWrapper(this, "negElbo");
    private final ReadOnlyStringWrapper reconstruction = new ReadOnlyStringWrapper(this, "reconstruction");
    private final ReadOnlyStringWrapper kl = new ReadOnlyStringWrapper(this, "kl");
    private final ReadOnlyStringWrapper dataset = new ReadOnlyStringWrapper(this, "dataset");
    private final ReadOnlyStringWrapper leftOut = new ReadOnlyStringWrapper(this, "leftOut");
    /** The evaluation kept beside the run, or null; shown only while it judges the run's model as its file holds it. */
    private KeptEvaluation evaluation;
    private final ReadOnlyStringWrapper iwae = new ReadOnlyStringWrapper(this, "iwae", "");
    private final ReadOnlyStringWrapper confidence = new ReadOnlyStringWrapper(this, "confidence", "");
    private final ReadOnlyStringWrapper frechet = new ReadOnlyStringWrapper(this, "frechet", "");
    private final ReadOnlyStringWrapper sharpness = new ReadOnlyStringWrapper(this, "sharpness", "");
    private final ReadOnlyStringWrapper activeUnits = new ReadOnlyStringWrapper(this, "activeUnits", "");
    private final ReadOnlyStringWrapper holes = new ReadOnlyStringWrapper(this, "holes", "");
    /** Writes the row anew in the language chosen; held here, the language holds it only weakly. */
    private final InvalidationListener languageChanged = o -> show(this.run);

    RunEntry(StoredRun run) {
        this.run = run;
        start = LocalDateTime.parse(run.id().substring("run-".length(), "run-yyyyMMdd-HHmmss".length()), STAMP);
        time = TIME.format(start);
        show(run);
        I18n.languageProperty().addListener(new WeakInvalidationListener(languageChanged));
    }

    /** A newer file of the same run: the row's texts follow it. */
    void update(StoredRun newer) {
        run = newer;
        show(newer);
    }

    private void show(StoredRun r) {
        settings.set(RunOverlay.summary(r.config()));
        dataset.set(r.datasetName());
        leftOut.set(leftOut());
        epochs.set(I18n.text("runs.epochsOf", r.history().epochCount(), r.config().epochs()));
        EpochRecord last = r.history().last();
        negElbo.set(loss(last, e -> e.test().negElbo()));
        reconstruction.set(loss(last, e -> e.test().reconstruction()));
        kl.set(loss(last, e -> e.test().kl()));
        showEvaluation();
    }

    /** The evaluation kept beside the run (null: none); its figures show while the run has not trained further. */
    void setEvaluation(KeptEvaluation kept) {
        evaluation = kept;
        showEvaluation();
    }

    private void showEvaluation() {
        FullEvaluation e = evaluation != null && evaluation.judges(run.history().trainedEpochs()) ? evaluation.figures() : null;
        iwae.set(e == null ? "" : String.format(Locale.ROOT, "%.1f", e.iwaeLogLikelihood()).replace('-', '\u2212'));
        confidence.set(e == null ? "" : String.format(Locale.ROOT, "%.3f", e.classifierConfidence()));
        frechet.set(e == null ? "" : String.format(Locale.ROOT, "%.2f", e.frechetDistance()));
        sharpness.set(e == null ? "" : String.format(Locale.ROOT, "%.3f / %.3f", e.sampleSharpness(), e.testSharpness()));
        activeUnits.set(e == null ? "" : I18n.text("runs.epochsOf", e.activeUnits(), e.klPerDimension().length));
        holes.set(e == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * e.priorHoles()));
    }

    private static String loss(EpochRecord last, ToDoubleFunction<EpochRecord> part) {
        return last == null ? "\u2014" : String.format(Locale.ROOT, "%.1f", part.applyAsDouble(last));
    }

    public String id() {
        return run.id();
    }

    public VaeConfig config() {
        return run.config();
    }

    public TrainingHistory history() {
        return run.history();
    }

    /** Ticked runs are drawn on the loss charts. */
    public BooleanProperty tickedProperty() {
        return ticked;
    }

    /** "26 Nov 06:15:02" ("11月26日 06:15:02"), from the id. */
    public String started() {
        return DateTimeFormatter.ofPattern(I18n.text("runs.startedPattern"), I18n.language().locale()).format(start);
    }

    /** "06:15:02": tells apart runs with equal settings. */
    String time() {
        return time;
    }

    /** The encoder and decoder, "MLP" or "Convolutional": a run keeps its networks when it is continued. */
    public String networks() {
        return I18n.text(run.config().architecture() == Architecture.CONVOLUTIONAL ? "training.networks.conv"
                : "training.networks.mlp");
    }

    /** "β=1, warm-up=0, lr=1e-3, latent=2, hidden=400". */
    public String settings() {
        return settings.get();
    }

    public ReadOnlyStringProperty settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** "3 of 10". */
    public String epochs() {
        return epochs.get();
    }

    public ReadOnlyStringProperty epochsProperty() {
        return epochs.getReadOnlyProperty();
    }

    /** The last epoch's test negative ELBO, reconstruction and KL as shown ("—" before the first epoch ends). */
    public ReadOnlyStringProperty negElboProperty() {
        return negElbo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reconstructionProperty() {
        return reconstruction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty klProperty() {
        return kl.getReadOnlyProperty();
    }

    /** The dataset it trained on, by folder name ("mnist", "fashion-mnist"). */
    public ReadOnlyStringProperty datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /**
     * The class the run trained without ({@code train --exclude-digit}, the form's Leave out), named as the plane's
     * legend names its data's classes, in the language of the moment: "3", "Trouser", "class 3", or "none". Two runs
     * alike but for it would otherwise look the same, though only one meets that class as new.
     */
    public String leftOut() {
        Integer c = run.config().excludedDigit();
        return c == null ? I18n.text("runs.leftOut.none") : LatentPlaneViewModel.className(run.classNames(), c);
    }

    /** {@link #leftOut()} as the table shows it. */
    public ReadOnlyStringProperty leftOutProperty() {
        return leftOut.getReadOnlyProperty();
    }

    /** The evaluation's importance-weighted log p(x), nats ("" when the run's model has not been evaluated). */
    public ReadOnlyStringProperty iwaeProperty() {
        return iwae.getReadOnlyProperty();
    }

    /** The classifier's mean confidence on samples from the prior. */
    public ReadOnlyStringProperty confidenceProperty() {
        return confidence.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty frechetProperty() {
        return frechet.getReadOnlyProperty();
    }

    /** "samples / test images", variance of the Laplacian. */
    public ReadOnlyStringProperty sharpnessProperty() {
        return sharpness.getReadOnlyProperty();
    }

    /** "2 of 2". */
    public ReadOnlyStringProperty activeUnitsProperty() {
        return activeUnits.getReadOnlyProperty();
    }

    /** The share of prior samples in holes, in percent. */
    public ReadOnlyStringProperty holesProperty() {
        return holes.getReadOnlyProperty();
    }

    /** The last epoch's test loss parts, or null when the run ended inside its first epoch. */
    public EpochRecord last() {
        return run.history().last();
    }

    public StoredRun run() {
        return run;
    }
}
