package org.vaeexplorer.ui.training;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.InvalidValueException;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.ParameterBlock;
import org.vaeexplorer.model.StepReport;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.train.StepRecord;
import org.vaeexplorer.train.TrainingFeed;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.train.TrainingProgress;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;
import org.vaeexplorer.ui.session.CurrentModel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training view model without a window and without training: each run is a {@link ScriptedRun} whose
 * news the test hands over itself, on the test's thread, and the clock that paces the texts is the test's.
 * (Real runs drive the view model in the window tests, e.g. ClassroomStateTest and ClosingWhileTrainingTest.)
 */
class TrainingViewModelTest {

    private static final long MS = 1_000_000L;
    /** The tiny data: 256 training images, 8 minibatches of 32 per epoch. */
    private static final Dataset DATA = TestModels.tinyData();

    private final SimpleObjectProperty<Dataset> dataProperty = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<CurrentModel> modelProperty = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final List<VaeConfig> resets = new ArrayList<>();
    private final List<Boolean> starts = new ArrayList<>();
    private final List<ScriptedRun> runs = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private String refusal;
    private RuntimeException refusalFault;
    private final TrainingViewModel vm = new TrainingViewModel(dataProperty, modelProperty, busy, resets::add,
            starts::add, (data, config, start, listener) -> {
                if (refusal != null) {
                    throw new IllegalArgumentException(refusal);
                }
                if (refusalFault != null) {
                    throw refusalFault;
                }
                ScriptedRun run = new ScriptedRun(config, start, listener);
                runs.add(run);
                return run;
            }, clock::get);

    /** A tiny model (hidden 16, latent 2, batch 32) with {@code done} of {@code epochs} epochs trained. */
    private static ModelFile model(int done, int epochs) {
        VaeConfig config = TestModels.tinyConfig(2, epochs);
        TrainingHistory history = TrainingHistory.EMPTY;
        for (int e = 1; e <= done; e++) {
            history = history.plus(new EpochRecord(e, new LossParts(200 - e, 5), new LossParts(210 - e, 5), 1, 1,
                    config.learningRate()));
        }
        return new ModelFile(config, null, null, history);
    }

    private void load(ModelFile file) {
        dataProperty.set(DATA);
        CurrentModel model = new CurrentModel(file, "tiny.zip", null);
        modelProperty.set(model);
        vm.showModel(model);
    }

    /** Loads a one-epoch model and starts a new 400-epoch run of it. */
    private ScriptedRun startLongRun() {
        load(model(1, 1));
        vm.form().epochsProperty().set("400");
        vm.form().learningRateProperty().set("0.002"); // a new model, not a continuation
        vm.train();
        return runs.get(runs.size() - 1);
    }

    private static TrainingProgress progress(long iteration, int epochs, double beta) {
        int epoch = (int) ((iteration - 1) / 8);
        int batch = (int) ((iteration - 1) % 8) + 1;
        return new TrainingProgress(iteration, epoch, batch, 8, epochs, new LossParts(150, 10), beta, 1000, 45);
    }

    private int trainPoints() {
        return vm.losses().points(LossCurves.Quantity.NEGATIVE_ELBO, LossCurves.Split.TRAIN).size();
    }

    @Test
    void theFormStartsWithTheDefaultsAndIsValid() {
        assertThat(vm.configProperty().get()).isEqualTo(VaeConfig.defaults());
        assertThat(vm.form().validationMessageProperty().get()).isEmpty();
        assertThat(vm.form().hiddenSizesProperty().get()).isEqualTo("400");
        assertThat(vm.form().learningRateProperty().get()).isEqualTo("0.001");
    }

    @Test
    void invalidHyperparametersShowVaeConfigsMessageAndBlockTraining() {
        load(model(1, 1));
        assertThat(vm.canTrainProperty().get()).isTrue();

        vm.form().latentSizeProperty().set("0");
        assertThat(vm.configProperty().get()).isNull();
        assertThat(vm.form().validationMessageProperty().get()).isEqualTo("Latent size must be 1..512, got 0");
        assertThat(vm.canTrainProperty().get()).isFalse();

        vm.form().latentSizeProperty().set("2");
        vm.form().learningRateProperty().set("fast");
        assertThat(vm.form().validationMessageProperty().get()).isEqualTo("Learning rate: 'fast' is not a number");

        vm.form().learningRateProperty().set("0.01");
        vm.form().hiddenSizesProperty().set("64, 32");
        assertThat(vm.form().validationMessageProperty().get()).isEmpty();
        assertThat(vm.configProperty().get().hiddenSizes()).containsExactly(64, 32);
        assertThat(vm.canTrainProperty().get()).isTrue();
    }

    @Test
    void trainingNeedsDataAModelAndNoFileOperation() {
        assertThat(vm.canTrainProperty().get()).isFalse();
        load(model(1, 1));
        assertThat(vm.canTrainProperty().get()).isTrue();
        busy.set(true);
        assertThat(vm.canTrainProperty().get()).isFalse();
        vm.train();
        assertThat(runs).isEmpty();
    }

    @Test
    void aModelWithEpochsLeftIsContinuedOtherwiseANewOneIsTrained() {
        load(model(1, 1));
        assertThat(vm.form().epochsProperty().get()).isEqualTo("1");
        assertThat(vm.trainLabelProperty().get()).isEqualTo("Train new model"); // nothing left to train

        vm.form().epochsProperty().set("3");
        assertThat(vm.trainLabelProperty().get()).isEqualTo("Continue training");
        vm.train();
        ScriptedRun continued = runs.get(0);
        assertThat(continued.start).isSameAs(modelProperty.get().file());
        assertThat(continued.started).isTrue();
        assertThat(starts).containsExactly(true);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0 / 3);
        continued.end(TrainingOutcome.Status.COMPLETED, "trained 3 epochs", model(3, 3));
        vm.pump();

        vm.form().learningRateProperty().set("0.005");
        assertThat(vm.trainLabelProperty().get()).isEqualTo("Train new model");
        vm.train();
        assertThat(runs.get(1).start).isNull();
        assertThat(starts).containsExactly(true, false);
    }

    @Test
    void progressTextsChangeAtMostFourTimesASecondAndChartsTenTimes() {
        ScriptedRun run = startLongRun();
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.RUNNING);
        assertThat(vm.progressTextProperty().get()).isEqualTo("Starting\u2026");
        long version = vm.losses().versionProperty().get();

        run.listener.onProgress(progress(1, 400, 1));
        vm.pump();
        assertThat(vm.progressTextProperty().get()).isEqualTo("Epoch 1 of 400\nIteration 1");
        assertThat(vm.speedTextProperty().get()).isEqualTo("1,000 images/s\n45 s left");
        assertThat(vm.losses().versionProperty().get()).isEqualTo(version + 1);

        clock.addAndGet(50 * MS);
        run.listener.onProgress(progress(2, 400, 1));
        run.listener.onProgress(progress(3, 400, 1));
        vm.pump();
        assertThat(trainPoints()).isEqualTo(3); // every minibatch is a point...
        assertThat(vm.losses().versionProperty().get()).isEqualTo(version + 1); // ...drawn at the next redraw
        assertThat(vm.progressTextProperty().get()).isEqualTo("Epoch 1 of 400\nIteration 1");

        clock.addAndGet(60 * MS);
        vm.pump();
        assertThat(vm.losses().versionProperty().get()).isEqualTo(version + 2);
        assertThat(vm.progressTextProperty().get()).isEqualTo("Epoch 1 of 400\nIteration 1");

        clock.addAndGet(140 * MS); // 250 ms after the text last changed
        vm.pump();
        assertThat(vm.progressTextProperty().get()).isEqualTo("Epoch 1 of 400\nIteration 3");
        assertThat(vm.progressProperty().get()).isEqualTo(3.0 / 8 / 400);
        assertThat(vm.losses().versionProperty().get()).isEqualTo(version + 2); // nothing new to draw
    }

    @Test
    void anEpochsEndIsDrawnAtOnce() {
        ScriptedRun run = startLongRun();
        run.listener.onProgress(progress(8, 400, 1));
        vm.pump();
        long version = vm.losses().versionProperty().get();

        clock.addAndGet(MS);
        run.listener.onEpochEnd(new EpochRecord(1, new LossParts(150, 10), new LossParts(155, 9), 1, 1, 1e-3));
        vm.pump();

        assertThat(vm.losses().versionProperty().get()).isEqualTo(version + 1);
        assertThat(vm.losses().points(LossCurves.Quantity.KL, LossCurves.Split.TEST).size()).isEqualTo(1);
    }

    @Test
    void aWarmUpShowsTheCurrentBeta() {
        load(model(1, 1));
        vm.form().warmupEpochsProperty().set("5");
        vm.form().epochsProperty().set("10");
        vm.train();
        runs.get(0).listener.onProgress(progress(4, 10, 0.1));
        vm.pump();
        assertThat(vm.speedTextProperty().get()).endsWith("\n\u03b2 0.10 (warming up)");
    }

    @Test
    void stoppingEndsTheRunWithItsModelAndOutcome() {
        ScriptedRun run = startLongRun();
        vm.stop();
        assertThat(run.calls).containsExactly("stop");
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.STOPPING);
        assertThat(vm.progressTextProperty().get()).isEqualTo("Stopping\u2026");
        assertThat(vm.canTrainProperty().get()).isFalse();

        TrainingOutcome outcome = run.end(TrainingOutcome.Status.STOPPED, "stopped at epoch 4, minibatch 2", model(3, 400));
        TrainingFeed.Update last = vm.pump();

        assertThat(last.outcome()).isSameAs(outcome);
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.IDLE);
        assertThat(vm.activeBinding().get()).isFalse();
        assertThat(vm.canTrainProperty().get()).isTrue();
        assertThat(vm.outcomeMessageProperty().get())
                .isEqualTo("Stopped: stopped at epoch 4, minibatch 2. Train continues from here.");
        assertThat(vm.progressTextProperty().get()).isEqualTo("Trained 3 of 400 epochs");
        assertThat(vm.speedTextProperty().get()).isEmpty();
        assertThat(vm.pump()).isNull();
    }

    @Test
    void aCompletedRunsPointsArriveInOneRedraw() {
        load(model(1, 1));
        vm.form().learningRateProperty().set("0.003");
        vm.form().epochsProperty().set("2");
        long versionBefore = vm.losses().versionProperty().get();
        vm.train();
        ScriptedRun run = runs.get(0);
        for (long i = 1; i <= 16; i++) {
            run.listener.onProgress(progress(i, 2, 1));
        }
        run.listener.onEpochEnd(new EpochRecord(1, new LossParts(150, 10), new LossParts(155, 9), 1, 1, 1e-3));
        run.listener.onEpochEnd(new EpochRecord(2, new LossParts(140, 10), new LossParts(145, 9), 1, 1, 1e-3));
        run.end(TrainingOutcome.Status.COMPLETED, "trained 2 epochs", model(2, 2));
        vm.pump();

        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.progressTextProperty().get()).isEqualTo("Trained 2 of 2 epochs");
        assertThat(vm.outcomeMessageProperty().get()).isEqualTo("Finished: trained 2 epochs.");
        assertThat(vm.losses().points(LossCurves.Quantity.RECONSTRUCTION, LossCurves.Split.TRAIN).size()).isEqualTo(16);
        assertThat(vm.losses().points(LossCurves.Quantity.RECONSTRUCTION, LossCurves.Split.TEST).size()).isEqualTo(2);
        // One clear for the new run, then one publish for all 18 points: bulk, not per point.
        assertThat(vm.losses().versionProperty().get() - versionBefore).isEqualTo(2);
    }

    @Test
    void pauseAndResumeFollowTheButtons() {
        ScriptedRun run = startLongRun();

        vm.togglePause();
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.PAUSED);
        assertThat(vm.speedTextProperty().get()).isEqualTo(org.vaeexplorer.ui.fx.I18n.text(RunReadout.PAUSED));
        run.listener.onProgress(progress(1, 400, 1)); // the minibatch that ran on after Pause
        vm.pump();
        assertThat(vm.speedTextProperty().get()).isEqualTo(org.vaeexplorer.ui.fx.I18n.text(RunReadout.PAUSED));

        vm.togglePause();
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.RUNNING);
        assertThat(vm.speedTextProperty().get()).isEqualTo("Resuming\u2026");
        vm.resume(); // not paused: nothing to do

        vm.pause();
        vm.stop(); // a paused run can be stopped
        assertThat(run.calls).containsExactly("pause", "resume", "pause", "stop");
        run.end(TrainingOutcome.Status.STOPPED, "stopped", model(1, 400));
        vm.pump();
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.IDLE);
    }

    @Test
    void aDivergingRunIsReportedPlainly() {
        ScriptedRun run = startLongRun();
        run.end(TrainingOutcome.Status.DIVERGED, "training diverged at iteration 12 (the loss became NaN); the"
                + " parameters of iteration 0 were kept. Try a smaller learning rate (now 100.0).", model(1, 400),
                new TrainingOutcome.Ending.LossNotFinite(12, true, 0, 100.0));
        vm.pump();

        assertThat(vm.divergedProperty().get()).isTrue();
        assertThat(vm.outcomeMessageProperty().get()).startsWith("Training diverged at iteration 12")
                .contains("learning rate");

        vm.train();
        assertThat(vm.divergedProperty().get()).isFalse(); // about the last run only
        runs.get(1).end(TrainingOutcome.Status.FAILED, "out of memory", null);
        vm.pump();
        assertThat(vm.outcomeMessageProperty().get()).isEqualTo("Training failed: out of memory");
    }

    @Test
    void aRunThatRefusesToStartSaysWhy() {
        load(model(1, 1));
        refusal = "cannot continue a model of another shape";
        vm.train();
        assertThat(vm.form().validationMessageProperty().get()).isEqualTo(refusal);
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.IDLE);
        assertThat(starts).isEmpty();
    }

    @Test
    void aRefusalIsSaidAgainInTheNewLanguageUntilAFieldChanges() {
        load(model(1, 1));
        refusalFault = new InvalidValueException(Fault.of("train.otherShape"));
        vm.train();
        assertThat(vm.form().validationMessageProperty().get()).isEqualTo("cannot continue a model of another shape");
        try {
            I18n.use(Language.SIMPLIFIED_CHINESE);
            assertThat(vm.form().validationMessageProperty().get()).startsWith("无法开始训练：")
                    .isEqualTo("无法开始训练：" + Fault.of("train.otherShape").in(Locale.SIMPLIFIED_CHINESE));

            vm.form().seedProperty().set("2");

            assertThat(vm.form().validationMessageProperty().get()).isEmpty();
        } finally {
            I18n.use(Language.ENGLISH);
        }
    }

    @Test
    void resetAsksForAnUntrainedModelWithTheFormsHyperparameters() {
        load(model(1, 1));
        vm.form().latentSizeProperty().set("5");

        vm.reset();

        assertThat(resets).hasSize(1);
        assertThat(resets.get(0).latentSize()).isEqualTo(5);
    }

    @Test
    void resetDuringARunStopsItAndResetsOnceItsModelIsAdopted() {
        ScriptedRun run = startLongRun();
        vm.reset();
        assertThat(run.calls).containsExactly("stop");
        assertThat(resets).isEmpty();

        run.end(TrainingOutcome.Status.STOPPED, "stopped", model(2, 400));
        vm.pump();
        vm.resetIfRequested();
        assertThat(resets).extracting(VaeConfig::epochs).containsExactly(400);
        assertThat(vm.outcomeMessageProperty().get()).isEmpty();
    }

    /** {@code run}, asked to stop with a checkpoint, hands over {@code checkpoint} and ends, as a real one does. */
    private static void checkpointsWhenStopped(ScriptedRun run, ModelFile checkpoint) {
        run.onStopAndCheckpoint = () -> {
            run.listener.onCheckpoint(checkpoint);
            run.end(TrainingOutcome.Status.STOPPED, "stopped", checkpoint.at(null));
        };
    }

    @Test
    void endingTheAppStopsTheRunAndKeepsItsCheckpoint() {
        ScriptedRun run = startLongRun();
        ModelFile checkpoint = model(2, 400);
        checkpointsWhenStopped(run, checkpoint);

        assertThat(vm.stopForExit(Duration.ofSeconds(1))).isSameAs(checkpoint);
        assertThat(run.calls).containsExactly("stopAndCheckpoint");
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.IDLE);
        assertThat(vm.stopForExit(Duration.ofSeconds(1))).isNull();
    }

    @Test
    void aProcessSignalTakesTheCheckpointWithoutTheUiThread() {
        assertThat(vm.stopForProcessExit(Duration.ofSeconds(1))).isNull();
        ScriptedRun run = startLongRun();
        ModelFile checkpoint = model(2, 400);
        checkpointsWhenStopped(run, checkpoint);

        assertThat(vm.stopForProcessExit(Duration.ofSeconds(1))).isSameAs(checkpoint);
        assertThat(vm.pump().checkpoint()).isNull(); // taken, so not written twice
    }

    @Test
    void durationsReadNaturally() {
        assertThat(RunReadout.duration(42.4)).isEqualTo("42 s");
        assertThat(RunReadout.duration(185)).isEqualTo("3 min 05 s");
        assertThat(RunReadout.duration(3725)).isEqualTo("1 h 02 min");
        assertThat(RunReadout.duration(Double.POSITIVE_INFINITY)).isEqualTo("\u2014");
    }

    private static StepRecord stepRecord(long iteration, int stepsLeft) {
        int[] indices = new int[32];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = 200 - i;
        }
        List<ParameterBlock> blocks = List.of(new ParameterBlock("encoder 1", 0, 10), new ParameterBlock("output", 10, 5));
        StepReport report = new StepReport(new LossParts(32 * 150, 32 * 10), new LossParts(32 * 148, 32 * 10.5), blocks,
                new double[] {0.5, 2.0}, new float[64], new float[64]);
        return new StepRecord(iteration, 0, 5, indices, DATA.train().scaledImages(indices), 1.0, report, stepsLeft);
    }

    @Test
    void stepIsOfferedOnlyWhilePausedAndShowsTheLastSteppedMinibatchPerImage() {
        ScriptedRun run = startLongRun();
        StepInspector steps = vm.steps();
        assertThat(steps.canStepBinding().get()).isFalse();
        steps.step(1);
        assertThat(run.calls).doesNotContain("step 1");

        vm.pause();
        assertThat(steps.canStepBinding().get()).isTrue();
        steps.step(10);
        assertThat(run.calls).containsSubsequence("pause", "step 10");
        assertThat(steps.steppingProperty().get()).isTrue();
        assertThat(steps.canStepBinding().get()).as("no second request while stepping").isFalse();

        run.listener.onStep(stepRecord(7, 1));
        vm.pump();
        assertThat(steps.steppingProperty().get()).isTrue();
        run.listener.onStep(stepRecord(8, 0));
        vm.pump();
        assertThat(steps.steppingProperty().get()).isFalse();
        assertThat(steps.canStepBinding().get()).isTrue();
        StepInspector.Shown shown = steps.shownProperty().get();
        assertThat(shown.iteration()).isEqualTo(8);
        assertThat(shown.minibatchSize()).isEqualTo(32);
        assertThat(shown.before()).isEqualTo(new LossParts(150, 10));
        assertThat(shown.after()).isEqualTo(new LossParts(148, 10.5));
        assertThat(shown.images().count()).isEqualTo(StepInspector.SHOWN_IMAGES);
        // The first shown image is training image 200, the minibatch's first.
        float[] first = DATA.train().scaledImages(new int[] {200});
        assertThat(Arrays.copyOf(shown.images().pixels(), first.length)).containsExactly(first);

        vm.resume();
        assertThat(steps.shownProperty().get()).isNull();
        assertThat(steps.canStepBinding().get()).isFalse();
    }
}
