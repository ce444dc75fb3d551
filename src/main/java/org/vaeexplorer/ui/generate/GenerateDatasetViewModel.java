package org.vaeexplorer.ui.generate;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.vaeexplorer.augmentation.Agreement;
import org.vaeexplorer.augmentation.GeneratedDataset;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.evaluation.DigitClassifier;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.ui.evaluate.EvaluateViewModel;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.UserError;
import org.vaeexplorer.ui.session.CurrentModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File > Generate dataset: a labelled synthetic dataset from the model and dataset on screen (see
 * {@link GeneratedDataset}), made in the background with progress, judged by the shipped digit classifier when
 * the images are digits it can read, and then offered for opening.
 */
public final class GenerateDatasetViewModel {

    public static final int DEFAULT_PER_CLASS = 100;
    /** As the command line's generate: 10 classes of it are 78 MB of pixels. */
    public static final int MAX_PER_CLASS = 10_000;

    /**
     * A dataset written.
     *
     * @param agreement the classifier's agreement with the labels, or null with {@code why} saying why there is none
     */
    public record Done(Path folder, int images, int perClass, Agreement agreement, String why) {

        /** "... for 92.2% of them ... Per class:  0: 97%  1: 98% ..." or why there is none, in the window's language. */
        public String describeAgreement() {
            if (agreement == null) {
                return why;
            }
            StringBuilder s = new StringBuilder(I18n.text("generate.agreement", agreement.overall() * 100));
            for (int c = 0; c < agreement.perClass().length; c++) {
                if (agreement.counts()[c] > 0) {
                    s.append(String.format(Locale.ROOT, "  %d: %.0f%%", c, agreement.perClass()[c] * 100));
                }
            }
            return s.toString();
        }
    }

    private final BackgroundExecutor executor;
    private final ReadOnlyObjectProperty<CurrentModel> model;
    private final ReadOnlyObjectProperty<Dataset> data;
    private final Path classifier;
    private final Consumer<UserError> errors;
    private final Consumer<Supplier<String>> messages;
    private final Consumer<Path> openDataset;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");
    private final ReadOnlyObjectWrapper<Done> done = new ReadOnlyObjectWrapper<>(this, "done");
    private final Consumer<String[]> stageOnUi;
    private volatile boolean cancelled;

    /**
     * @param classifier  the digit classifier that judges the labels (the shipped one), or null when there is none
     * @param openDataset opens a dataset folder in the window
     */
    public GenerateDatasetViewModel(BackgroundExecutor executor, ReadOnlyObjectProperty<CurrentModel> model,
                                    ReadOnlyObjectProperty<Dataset> data, Path classifier, Consumer<UserError> errors,
                                    Consumer<Supplier<String>> messages, Consumer<Path> openDataset) {
        this.executor = executor;
        this.model = model;
        this.data = data;
        this.classifier = classifier;
        this.errors = errors;
        this.messages = messages;
        this.openDataset = openDataset;
        this.stageOnUi = executor.latestOnUiThread(s -> {
            if (running.get()) {
                stage.set(s[0]);
                progress.set(Double.parseDouble(s[1]));
            }
        });
    }

    /** True while a dataset is being made. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far the current stage has come, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is being done now, e.g. "decoding samples 400/1000". */
    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The dataset last written, until {@link #dismiss()}. */
    public ReadOnlyObjectProperty<Done> doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Whether there is a model and a dataset it reads on screen; says what is missing otherwise. */
    public boolean ready() {
        CurrentModel m = model.get();
        Dataset d = data.get();
        if (m == null || d == null || !m.config().readsImagesOf(d)) {
            errors.accept(new UserError(I18n.text("generate.error.notReady.title"), I18n.text("generate.error.notReady")));
            return false;
        }
        return !running.get();
    }

    /** The images per class typed, or null after telling the user what is wrong with it. */
    public Integer perClass(String typed) {
        String text = typed == null ? "" : typed.trim();
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_PER_CLASS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.accept(new UserError(I18n.text("generate.error.count.title"), I18n.text("generate.error.count", text, MAX_PER_CLASS)));
        return null;
    }

    /** The files of a dataset in {@code dir} that generating there would replace (to ask first). */
    public List<Path> existing(Path dir) {
        return Files.isDirectory(dir) ? GeneratedDataset.existing(dir) : List.of();
    }

    /**
     * Makes {@code perClass} images of each class in the background and writes them to {@code dir}, replacing a
     * dataset there only if {@code replace}. A folder that cannot be used is named in an error, and nothing in it
     * is touched.
     */
    public void generate(int perClass, Path dir, boolean replace, long seed) {
        if (!ready()) {
            return;
        }
        CurrentModel m = model.get();
        Dataset source = data.get();
        ModelParams params = ModelParams.frozen(m.config(), m.file().params());
        cancelled = false;
        running.set(true);
        progress.set(0);
        stage.set(I18n.text("generate.stage.starting"));
        done.set(null);
        messages.accept(() -> I18n.text("generate.message.generating", dir.toAbsolutePath()));
        executor.submit(() -> {
            GeneratedDataset.prepare(dir, replace);
            JudgeChoice judge = judgeFor(source);
            Vae vae = Vae.withParams(params.config(), params.params());
            GeneratedDataset made = GeneratedDataset.make(vae, source, judge.classifier(), perClass, seed, dir,
                    (what, doneSoFar, total) -> {
                        if (cancelled) {
                            throw new CancellationException();
                        }
                        stageOnUi.accept(new String[] {I18n.text("generate.stage.step", EvaluateViewModel.stepName("generate.step.", what), doneSoFar,
                                total), Double.toString((double) doneSoFar / total)});
                    });
            return new Done(dir, made.synthetic().count(), perClass, made.agreement(), judge.why());
        }, result -> {
            running.set(false);
            progress.set(1);
            messages.accept(() -> I18n.text("generate.message.generated", result.images(), result.folder().toAbsolutePath()));
            done.set(result);
        }, e -> {
            running.set(false);
            if (e instanceof CancellationException) {
                messages.accept(() -> I18n.text("generate.message.stopped"));
                return;
            }
            messages.accept(() -> "");
            errors.accept(new UserError(I18n.text("generate.error.failed.title"), e instanceof IOException
                    ? I18n.detail(e) : I18n.text("fx.inFile", dir.toAbsolutePath(), I18n.detail(e))));
        });
    }

    /** Stops the generating under way at its next step, before anything is written. */
    public void cancel() {
        cancelled = true;
    }

    /** Opens the dataset just written in the window. */
    public void openGenerated() {
        Done d = done.get();
        done.set(null);
        if (d != null) {
            openDataset.accept(d.folder());
        }
    }

    /** The result has been seen; the dataset stays on disk. */
    public void dismiss() {
        done.set(null);
    }

    private record JudgeChoice(DigitClassifier classifier, String why) {
    }

    /** The shipped classifier for digits of its size; otherwise none, and why. On the generating thread, which then owns it. */
    private JudgeChoice judgeFor(Dataset source) throws IOException {
        if (!source.classNames().digits()) {
            return new JudgeChoice(null, I18n.text("generate.noAgreement.notDigits", source.name()));
        }
        if (classifier == null || !Files.isRegularFile(classifier)) {
            return new JudgeChoice(null, I18n.text("generate.noAgreement.noClassifier"));
        }
        DigitClassifier loaded = DigitClassifier.load(classifier);
        if (!loaded.readsImagesOf(source)) {
            return new JudgeChoice(null, I18n.text("generate.noAgreement.wrongSize", loaded.rows(), loaded.cols(),
                    source.rows(), source.cols()));
        }
        return new JudgeChoice(loaded, null);
    }
}
