package org.vaeexplorer.ui.training;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.ui.session.CurrentModel;

import static org.assertj.core.api.Assertions.assertThat;

class PresetsViewModelTest {

    private TrainingViewModel training;
    private PresetsViewModel presets;

    @BeforeEach
    void form() {
        training = new TrainingViewModel(new ReadOnlyObjectWrapper<Dataset>().getReadOnlyProperty(),
                new ReadOnlyObjectWrapper<CurrentModel>().getReadOnlyProperty(),
                new ReadOnlyBooleanWrapper().getReadOnlyProperty(), c -> { }, continuing -> { });
        presets = new PresetsViewModel(training);
    }

    @Test
    void aPresetFillsBetaAndTheWarmUpAndSaysWhatToWatchFor() {
        presets.apply(BetaPreset.COLLAPSE);

        assertThat(training.form().betaProperty().get()).isEqualTo("8");
        assertThat(training.form().warmupEpochsProperty().get()).isEqualTo("0");
        assertThat(training.configProperty().get().beta()).isEqualTo(8.0);
        assertThat(presets.matchingBinding().get()).isEqualTo(BetaPreset.COLLAPSE);
        assertThat(presets.watchForBinding().get()).isEqualTo(BetaPreset.COLLAPSE.watchFor()).contains("KL");
    }

    @Test
    void theConvolutionalPresetChoosesTheNetworksOfThePyTorchReference() {
        training.form().epochsProperty().set("3");

        presets.apply(BetaPreset.CONVOLUTIONAL);

        VaeConfig config = training.configProperty().get();
        assertThat(config.architecture()).isEqualTo(Architecture.CONVOLUTIONAL);
        assertThat(config.hiddenSizes()).containsExactly(256);
        assertThat(config.beta()).isEqualTo(1.0);
        assertThat(config.warmupEpochs()).isZero();
        assertThat(config.epochs()).isEqualTo(BetaPreset.EPOCHS);
        assertThat(presets.matchingBinding().get()).isEqualTo(BetaPreset.CONVOLUTIONAL);
        assertThat(presets.watchForBinding().get()).isEqualTo(BetaPreset.CONVOLUTIONAL.watchFor());
    }

    @Test
    void theBetaPresetsAreTheMlpsAndTheFormsNetworksTellStandardFromConvolutional() {
        presets.apply(BetaPreset.CONVOLUTIONAL);

        presets.apply(BetaPreset.STANDARD);

        assertThat(training.configProperty().get().architecture()).isEqualTo(Architecture.MLP);
        assertThat(presets.matchingBinding().get()).isEqualTo(BetaPreset.STANDARD);
        training.form().architectureProperty().set(Architecture.CONVOLUTIONAL); // chosen by hand, β still 1
        assertThat(presets.matchingBinding().get()).isEqualTo(BetaPreset.CONVOLUTIONAL);
        training.form().betaProperty().set("8"); // β = 8's caption was measured with the MLP
        assertThat(presets.matchingBinding().get()).isNull();
    }

    @Test
    void theSharpPresetSetsASmallBeta() {
        presets.apply(BetaPreset.SHARP);

        assertThat(training.configProperty().get().beta()).isEqualTo(0.1);
        assertThat(presets.watchForBinding().get()).contains("sharp");
    }

    @Test
    void theWarmUpPresetLeavesEpochsAfterTheWarmUp() {
        training.form().epochsProperty().set("3");

        presets.apply(BetaPreset.WARMUP);

        assertThat(training.configProperty().get().warmupEpochs()).isEqualTo(5.0);
        assertThat(training.configProperty().get().beta()).isEqualTo(1.0);
        assertThat(training.form().epochsProperty().get()).isEqualTo(String.valueOf(BetaPreset.EPOCHS));
    }

    @Test
    void editingBetaByHandToAnotherValueDropsTheHint() {
        presets.apply(BetaPreset.COLLAPSE);

        training.form().betaProperty().set("3");

        assertThat(presets.matchingBinding().get()).isNull();
        assertThat(presets.watchForBinding().get()).isEmpty();
        training.form().betaProperty().set("1"); // typed by hand, still the standard VAE
        assertThat(presets.matchingBinding().get()).isEqualTo(BetaPreset.STANDARD);
    }

    @Test
    void aWarmUpLongerThanTheRunSaysBetaNeverReachesItsValue() {
        presets.apply(BetaPreset.WARMUP);
        assertThat(training.form().warningProperty().get()).isEmpty(); // 5 of 10 epochs: β reaches 1 halfway

        training.form().epochsProperty().set("3");

        assertThat(training.configProperty().get()).isNotNull(); // valid, but not what it seems
        assertThat(training.form().warningProperty().get()).contains("\u03b2 never reaches 1").contains("0.60");
        training.form().epochsProperty().set("6");
        assertThat(training.form().warningProperty().get()).isEmpty();
    }
}
