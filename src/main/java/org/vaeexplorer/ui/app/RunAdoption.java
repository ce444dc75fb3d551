package org.vaeexplorer.ui.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.store.CurvePoint;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.train.TrainingFeed;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.runs.RunEntry;
import org.vaeexplorer.ui.runs.RunsViewModel;
import org.vaeexplorer.ui.samples.SampleStripViewModel;
import org.vaeexplorer.ui.session.AnalysisScheduler;
import org.vaeexplorer.ui.session.CurrentModel;
import org.vaeexplorer.ui.session.ModelSession;
import org.vaeexplorer.ui.training.TrainingViewModel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs and the model on screen: a run's start clears or keeps the picture, its checkpoints and its end go to
 * the runs folder, and its model becomes the current one; a kept run can be made current or resumed; a run
 * under way when the app ends is kept with a checkpoint.
 */
final class RunAdoption {

    /** A run's file keeps at most this many points of its training curve (see CurvePoint.thinned). */
    static final int MAX_CURVE_POINTS = 4000;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunAdoption.class);

    private final ModelSession session;
    private final AnalysisScheduler analysis;
    private final LatentPlaneViewModel plane;
    private final SampleStripViewModel samples;
    private final RunsViewModel runs;
    private final Consumer<Supplier<String>> message;
    private final String runsFolderName;
    private final TrainingViewModel training;
    private final ObservableBooleanValue filesEnabled;
    /** What the model of the run under way will be called once it ends, in the language of the moment. */
    private Supplier<String> runName = () -> I18n.text("app.model.new");

    /** @param filesEnabled when a model may be opened: no run under way, no file operation pending */
    RunAdoption(ModelSession session, AnalysisScheduler analysis, TrainingViewModel training, RunsViewModel runs,
                LatentPlaneViewModel plane, SampleStripViewModel samples, ObservableBooleanValue filesEnabled,
                Consumer<Supplier<String>> message, String runsFolderName) {
        this.session = session;
        this.analysis = analysis;
        this.training = training;
        this.runs = runs;
        this.plane = plane;
        this.samples = samples;
        this.filesEnabled = filesEnabled;
        this.message = message;
        this.runsFolderName = runsFolderName;
    }

    void runStarted(boolean continuing) {
        analysis.runStarted(continuing);
        runs.runStarted(continuing);
        CurrentModel current = session.modelProperty().get();
        if (!continuing) {
            plane.clearScatter();
            runName = () -> I18n.text("app.model.new");
            samples.setHistory(List.of());
            session.describeModel(() -> I18n.text("app.model.newTraining"));
        } else {
            runName = () -> I18n.text("app.model.trained", current.name());
            session.describeModel(() -> I18n.text("app.model.trainingFurther", current.describe()));
        }
        message.accept(() -> "");
    }

    /** A run's news other than its parameters: samples, checkpoints, its end. */
    void trainingNews(TrainingFeed.Update update) {
        update.samples().forEach(samples::add);
        if (update.checkpoint() != null) {
            runs.checkpoint(withCurve(update.checkpoint()));
        }
        if (update.outcome() != null) {
            adopt(update.outcome());
        }
    }

    /** Makes run {@code id}, kept in {@code file}, the current model: training it further continues that run. */
    void openRun(Path file, String id) {
        if (filesEnabled.get()) {
            session.load(file, false, id, () -> runs.currentRunIs(id));
        }
    }

    /** Continues the interrupted run {@code entry} from its checkpoint, at the minibatch it had reached. */
    void resumeInterrupted(RunEntry entry) {
        if (entry == null || !entry.run().interrupted() || !filesEnabled.get()) {
            return;
        }
        runs.dismissInterrupted();
        // At start-up the offer may come while the shipped model or the dataset is still loading.
        onceTrue(filesEnabled, () -> session.load(entry.run().file(), false, entry.id(), () -> {
            runs.currentRunIs(entry.id());
            message.accept(() -> I18n.text("app.resuming", entry.id(), entry.run().position().epoch() + 1,
                    entry.run().position().batch()));
            onceTrue(training.canTrainProperty(), training::train);
        }));
    }

    /** The app is closing: a run under way stops with a checkpoint, written before this returns (within {@code wait}). */
    void keepForClosing(Duration wait) {
        keep(training::stopForExit, true, wait);
    }

    /**
     * The process is asked to end, off the UI thread: as {@link #keepForClosing} but without the curve as drawn,
     * which only the UI thread may read.
     */
    void keepForProcessExit(Duration wait) {
        keep(training::stopForProcessExit, false, wait);
    }

    /** @param stop stops the run within the time given and returns its checkpoint, or null if none was under way */
    private void keep(Function<Duration, ModelFile> stop, boolean withCurve, Duration wait) {
        long start = System.nanoTime();
        ModelFile checkpoint = stop.apply(wait);
        long stopped = System.nanoTime();
        if (checkpoint != null) {
            runs.checkpoint(withCurve ? withCurve(checkpoint) : checkpoint);
        }
        boolean written = runs.flush(wait.minusNanos(stopped - start));
        if (checkpoint == null) {
            return;
        }
        if (written) {
            LOG.info("closing: the run stopped at {} in {} ms and its checkpoint was written in {} ms",
                    checkpoint.position().describe(), (stopped - start) / 1_000_000, (System.nanoTime() - stopped) / 1_000_000);
        } else {
            LOG.warn("closing: the run's checkpoint at {} was not written in time; its last periodic one is kept",
                    checkpoint.position().describe());
        }
    }

    private void adopt(TrainingOutcome outcome) {
        if (outcome.model() != null) {
            // The run's file keeps the curve as drawn, so an overlay or a reopened run shows the same picture.
            ModelFile withCurve = withCurve(outcome.model());
            if (!withCurve.history().trainCurve().isEmpty() || withCurve.history().epochCount() > 0) {
                runs.runEnded(withCurve);
            }
            CurrentModel trained = new CurrentModel(withCurve, runName, null);
            session.adopt(trained);
            samples.setHistory(trained.history().samples());
            analysis.show(ModelParams.frozen(trained.config(), trained.file().params()));
        }
        boolean completed = outcome.status() == TrainingOutcome.Status.COMPLETED;
        message.accept(() -> completed ? I18n.text("app.trainingFinished", runsFolderName)
                : training.outcomeMessageProperty().get());
        training.resetIfRequested();
    }

    /** The model with the training curve as drawn, so an overlay, a reopened or a resumed run shows the same picture. */
    private ModelFile withCurve(ModelFile m) {
        return m.withHistory(
                m.history().withTrainCurve(CurvePoint.thinned(training.losses().trainCurve(), MAX_CURVE_POINTS)));
    }

    /** Runs {@code action} now if {@code condition} holds, else the first time it becomes true. */
    private static void onceTrue(ObservableBooleanValue condition, Runnable action) {
        if (condition.get()) {
            action.run();
            return;
        }
        condition.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (now) {
                    condition.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
