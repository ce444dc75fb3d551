package org.vaeexplorer.ui.training;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.train.TrainingFeed;
import org.vaeexplorer.ui.session.CurrentModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The training view model without a window: real (tiny) training runs, pulled by calling pump(). */
class TrainingViewModelTest {

    private static Dataset data;
    private static ModelFile oneEpoch;

    private final SimpleObjectProperty<Dataset> dataProperty = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<CurrentModel> modelProperty = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final List<VaeConfig> resets = new ArrayList<>();
    private final List<Boolean> starts = new ArrayList<>();
    private final TrainingViewModel vm = new TrainingViewModel(dataProperty, modelProperty, busy, resets::add, starts::add);

    @BeforeAll
    static void tinyModel() throws InterruptedException {
        data = TestModels.tinyData();
        oneEpoch = TestModels.trainedModel(data, 2, 1);
    }

    private void loadTinyModel() {
        dataProperty.set(data);
        CurrentModel model = new CurrentModel(oneEpoch, "tiny.zip", null);
        modelProperty.set(model);
        vm.showModel(model);
    }

    @Test
    void theFormStartsWithTheDefaultsAndIsValid() {
        assertThat(vm.configProperty().get()).isEqualTo(VaeConfig.defaults());
        assertThat(vm.validationMessageProperty().get()).isEmpty();
        assertThat(vm.hiddenSizesProperty().get()).isEqualTo("400");
        assertThat(vm.learningRateProperty().get()).isEqualTo("0.001");
    }

    @Test
    void invalidHyperparametersShowVaeConfigsMessageAndBlockTraining() {
        loadTinyModel();
        assertThat(vm.canTrainProperty().get()).isTrue();

        vm.latentSizeProperty().set("0");
        assertThat(vm.configProperty().get()).isNull();
        assertThat(vm.validationMessageProperty().get()).isEqualTo("Latent size must be 1..512, got 0");
        assertThat(vm.canTrainProperty().get()).isFalse();

        vm.latentSizeProperty().set("2");
        vm.learningRateProperty().set("fast");
        assertThat(vm.validationMessageProperty().get()).isEqualTo("Learning rate: 'fast' is not a number");

        vm.learningRateProperty().set("0.01");
        vm.hiddenSizesProperty().set("64, 32");
        assertThat(vm.validationMessageProperty().get()).isEmpty();
        assertThat(vm.configProperty().get().hiddenSizes()).containsExactly(64, 32);
        assertThat(vm.canTrainProperty().get()).isTrue();
    }

    @Test
    void trainingNeedsDataAModelAndNoFileOperation() {
        assertThat(vm.canTrainProperty().get()).isFalse();
        loadTinyModel();
        assertThat(vm.canTrainProperty().get()).isTrue();
        busy.set(true);
        assertThat(vm.canTrainProperty().get()).isFalse();
    }

    @Test
    void aModelWithEpochsLeftIsContinuedOtherwiseANewOneIsTrained() {
        loadTinyModel();
        assertThat(vm.epochsProperty().get()).isEqualTo("1");
        assertThat(vm.trainLabelProperty().get()).isEqualTo("Train new model"); // nothing left to train

        vm.epochsProperty().set("3");
        assertThat(vm.trainLabelProperty().get()).isEqualTo("Continue training");

        vm.learningRateProperty().set("0.005");
        assertThat(vm.trainLabelProperty().get()).isEqualTo("Train new model");
    }

    @Test
    void trainingProgressReachesThePropertiesAndTheLossCurvesInBulk() throws Exception {
        loadTinyModel();
        vm.epochsProperty().set("400"); // long enough to watch it run
        vm.learningRateProperty().set("0.002"); // a new model, not a continuation
        vm.train();
        assertThat(starts).containsExactly(false);
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.RUNNING);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            vm.pump();
            return vm.progressProperty().get() > 0;
        });
        assertThat(vm.progressTextProperty().get()).matches("Epoch \\d+ of 400\\RIteration [\\d,]+");
        assertThat(vm.speedTextProperty().get()).contains("images/s").contains("left");
        assertThat(vm.losses().points(LossCurves.Quantity.NEGATIVE_ELBO, LossCurves.Split.TRAIN).size()).isPositive();

        vm.stop();
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.STOPPING);
        TrainingOutcome outcome = vm.runOutcome().get(30, TimeUnit.SECONDS);
        TrainingFeed.Update last = vm.pump();

        assertThat(outcome.status()).isEqualTo(TrainingOutcome.Status.STOPPED);
        assertThat(last.outcome()).isSameAs(outcome);
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.IDLE);
        assertThat(vm.outcomeMessageProperty().get()).startsWith("Stopped:");
        long iterations = outcome.model().history().epochCount() * 8L;
        assertThat((long) vm.losses().points(LossCurves.Quantity.KL, LossCurves.Split.TRAIN).size())
                .isGreaterThanOrEqualTo(iterations);
    }

    @Test
    void aCompletedRunReportsEveryEpoch() throws Exception {
        loadTinyModel();
        vm.learningRateProperty().set("0.003");
        vm.epochsProperty().set("2");
        long versionBefore = vm.losses().versionProperty().get();
        vm.train();
        vm.runOutcome().get(30, TimeUnit.SECONDS);
        vm.pump();

        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.progressTextProperty().get()).isEqualTo("Trained 2 of 2 epochs");
        assertThat(vm.outcomeMessageProperty().get()).startsWith("Finished");
        assertThat(vm.losses().points(LossCurves.Quantity.RECONSTRUCTION, LossCurves.Split.TRAIN).size()).isEqualTo(16);
        assertThat(vm.losses().points(LossCurves.Quantity.RECONSTRUCTION, LossCurves.Split.TEST).size()).isEqualTo(2);
        // One clear for the new run, then at most a couple of publishes for all 16 points: bulk, not per point.
        assertThat(vm.losses().versionProperty().get() - versionBefore).isBetween(2L, 3L);
    }

    @Test
    void pauseAndResumeFollowTheButtons() throws Exception {
        loadTinyModel();
        vm.epochsProperty().set("400");
        vm.learningRateProperty().set("0.002");
        vm.train();

        vm.togglePause();
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.PAUSED);
        vm.togglePause();
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.RUNNING);

        vm.pause();
        vm.stop(); // a paused run can be stopped
        vm.runOutcome().get(30, TimeUnit.SECONDS);
        vm.pump();
        assertThat(vm.stateProperty().get()).isEqualTo(TrainingViewModel.RunState.IDLE);
    }

    @Test
    void aDivergingRunIsReportedPlainly() throws Exception {
        loadTinyModel();
        vm.learningRateProperty().set("100");
        vm.epochsProperty().set("50");
        vm.train();
        TrainingOutcome outcome = vm.runOutcome().get(60, TimeUnit.SECONDS);
        vm.pump();

        assertThat(outcome.status()).isEqualTo(TrainingOutcome.Status.DIVERGED);
        assertThat(vm.divergedProperty().get()).isTrue();
        assertThat(vm.outcomeMessageProperty().get()).startsWith("Training diverged").contains("learning rate");
    }

    @Test
    void resetAsksForAnUntrainedModelWithTheFormsHyperparameters() {
        loadTinyModel();
        vm.latentSizeProperty().set("5");

        vm.reset();

        assertThat(resets).hasSize(1);
        assertThat(resets.get(0).latentSize()).isEqualTo(5);
    }

    @Test
    void durationsReadNaturally() {
        assertThat(TrainingViewModel.duration(42.4)).isEqualTo("42 s");
        assertThat(TrainingViewModel.duration(185)).isEqualTo("3 min 05 s");
        assertThat(TrainingViewModel.duration(3725)).isEqualTo("1 h 02 min");
        assertThat(TrainingViewModel.duration(Double.POSITIVE_INFINITY)).isEqualTo("\u2014");
    }
}
