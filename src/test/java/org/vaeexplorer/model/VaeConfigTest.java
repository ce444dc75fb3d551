package org.vaeexplorer.model;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.fault.Explained;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.testing.SyntheticImages;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

class VaeConfigTest {

    @Test
    void defaultsAreThePyTorchExamplesModel() {
        VaeConfig c = VaeConfig.defaults();
        assertThat(c.inputSize()).isEqualTo(784);
        assertThat(c.hiddenSizes()).containsExactly(400);
        assertThat(c.latentSize()).isEqualTo(2);
        assertThat(c.batchSize()).isEqualTo(128);
        assertThat(c.learningRate()).isEqualTo(1e-3);
        assertThat(c.beta()).isEqualTo(1.0);
    }

    @Test
    void aModelReadsOnlyImagesOfItsOwnSize() {
        VaeConfig c = VaeConfig.defaults().withImageSize(14, 12);
        Dataset same = SyntheticImages.dataset(8, 4, 14, 12);
        Dataset taller = SyntheticImages.dataset(8, 4, 16, 12);
        Dataset wider = SyntheticImages.dataset(8, 4, 14, 13);
        assertThat(c.readsImagesOf(same)).isTrue();
        assertThat(c.imageSizeMismatch(same)).isNull();
        assertThat(c.readsImagesOf(taller)).isFalse();
        assertThat(c.readsImagesOf(wider)).isFalse();
        assertThat(c.imageSizeMismatch(wider))
                .hasToString("the model reads 14x12 images but " + wider.name() + " has 14x13");
    }

    @Test
    void warmupRampsBetaLinearlyFromZero() {
        VaeConfig c = VaeConfig.defaults().withBeta(4.0, 2);
        assertThat(c.betaAt(0)).isEqualTo(0.0);
        assertThat(c.betaAt(0.5)).isCloseTo(1.0, within(1e-12));
        assertThat(c.betaAt(1)).isCloseTo(2.0, within(1e-12));
        assertThat(c.betaAt(2)).isEqualTo(4.0);
        assertThat(c.betaAt(9)).isEqualTo(4.0);
        assertThat(VaeConfig.defaults().withBeta(3.0, 0).betaAt(0)).isEqualTo(3.0);
    }

    @Test
    void impossibleValuesAreRefusedWithAClearMessage() {
        VaeConfig d = VaeConfig.defaults();
        assertThatThrownBy(() -> d.withLatentSize(0)).hasMessageContaining("latent size");
        assertThatThrownBy(() -> d.withLatentSize(100_000)).hasMessageContaining("latent size");
        assertThatThrownBy(() -> d.withHiddenSizes(List.of())).hasMessageContaining("hidden");
        assertThatThrownBy(() -> d.withHiddenSizes(List.of(400, -1))).hasMessageContaining("hidden layer size");
        assertThatThrownBy(() -> d.withTraining(Double.NaN, 128, 1)).hasMessageContaining("learning rate");
        assertThatThrownBy(() -> d.withTraining(-1e-3, 128, 1)).hasMessageContaining("learning rate");
        assertThatThrownBy(() -> d.withTraining(1e-3, 0, 1)).hasMessageContaining("batch size");
        assertThatThrownBy(() -> d.withTraining(1e-3, 128, -1)).hasMessageContaining("epochs");
        assertThatThrownBy(() -> d.withBeta(Double.POSITIVE_INFINITY, 0)).hasMessageContaining("beta");
        assertThatThrownBy(() -> d.withBeta(1, -2)).hasMessageContaining("warm-up");
        assertThatThrownBy(() -> d.withImageSize(0, 28)).hasMessageContaining("image size");
    }

    @Test
    void aNetworkTooBigForMemoryIsRefusedBeforeAnythingIsAllocated() {
        VaeConfig d = VaeConfig.defaults();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.withHiddenSizes(List.of(8192, 8192, 8192)).withLatentSize(512))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a 784-8192-8192-8192-2 network has 281379604 weights")
                .hasMessageContaining("more than the 5000000 that fit in memory");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.withTraining(1e-3, 65536, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a minibatch of 65536 images through 784-400-2 needs")
                .hasMessageContaining("use a smaller batch size");
        org.assertj.core.api.Assertions.assertThat(d.parameterCount()).isEqualTo(631_188);
    }

    @Test
    void everyLimitSaysTheRefusedValueInBothLanguages() {
        VaeConfig d = VaeConfig.defaults();
        List<Runnable> refused = List.of(
                () -> d.withImageSize(0, 28),
                () -> d.withHiddenSizes(List.of()),
                () -> d.withHiddenSizes(List.of(9000)),
                () -> d.withLatentSize(513),
                () -> d.withTraining(-0.5, 100, 10),
                () -> d.withTraining(0.001, 70000, 10),
                () -> d.withTraining(0.001, 100, 0),
                () -> d.withBeta(-3, 0),
                () -> d.withBeta(1, -7),
                () -> d.withExcludedDigit(11),
                () -> d.withHiddenSizes(List.of(8000, 8000)),
                () -> d.withTraining(0.001, 65536, 10).withHiddenSizes(List.of(8000)));
        for (Runnable make : refused) {
            Throwable e = catchThrowable(make::run);
            assertThat(e).isInstanceOf(IllegalArgumentException.class).isInstanceOf(Explained.class);
            Fault fault = ((Explained) e).fault();
            String chinese = fault.in(Locale.SIMPLIFIED_CHINESE);
            assertThat(fault.toString()).as("the English").isEqualTo(e.getMessage());
            assertThat(chinese).as(e.getMessage()).matches("(?s).*[\\u4e00-\\u9fff].*").doesNotContain(" must ");
            // the value refused, as the English names it, is in the Chinese too
            Matcher value = Pattern.compile("(got|has) ([-0-9.x]+)").matcher(e.getMessage());
            if (value.find()) {
                assertThat(chinese).as(e.getMessage()).contains(value.group(2));
            }
        }
    }
}
