package org.vaeexplorer.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PixelSigmoidTest {

    @Test
    void isWithin3e7OfTheExactSigmoidOfLogitPlusBias() {
        float[] bias = {-3f, 0f, 0.5f, 7f};
        int rows = 20001;
        float[] logits = new float[rows * bias.length];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = -50f + 100f * (i / bias.length) / (rows - 1);   // -50 .. 50 in every column
        }
        float[] original = logits.clone();
        PixelSigmoid.addBiasAndSquash(logits, bias);
        for (int i = 0; i < logits.length; i++) {
            double x = original[i] + bias[i % bias.length];
            assertThat((double) logits[i]).as("sigmoid(%s)", x).isCloseTo(1 / (1 + Math.exp(-x)), within(3e-7));
        }
    }

    @Test
    void saturatesAtInfinitiesWithoutNaN() {
        // Unclamped, the two polynomials would both overflow to infinity and divide to NaN.
        float[] values = {Float.NEGATIVE_INFINITY, 0f, Float.POSITIVE_INFINITY};
        PixelSigmoid.addBiasAndSquash(values, new float[] {0f});
        assertThat(values).containsExactly(new float[] {0f, 0.5f, 1f}, within(3e-7f));
    }

    @Test
    void refusesValuesThatAreNotWholeRows() {
        assertThatThrownBy(() -> PixelSigmoid.addBiasAndSquash(new float[5], new float[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rows of 2");
    }
}
