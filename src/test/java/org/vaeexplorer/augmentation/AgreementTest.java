package org.vaeexplorer.augmentation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Agreement of classifiers whose answers are known. */
class AgreementTest {

    private static final byte[] LABELS = {0, 0, 3, 3, 3, 7, 7, 7, 7, 7};

    /** One that always says 3 agrees on the images labelled 3 only: 3 of 10. */
    @Test
    void aClassifierThatAlwaysSaysOneClassAgreesOnThatClassOnly() {
        float[][] probabilities = new float[LABELS.length][];
        for (int i = 0; i < LABELS.length; i++) {
            probabilities[i] = oneHot(3);
        }

        Agreement a = Agreement.of(probabilities, LABELS);

        assertThat(a.overall()).isCloseTo(0.3, within(1e-12));
        assertThat(a.perClass()[3]).isEqualTo(1.0);
        assertThat(a.perClass()[0]).isZero();
        assertThat(a.perClass()[7]).isZero();
        assertThat(a.perClass()[5]).isNaN(); // no image of class 5
        assertThat(a.counts()).containsExactly(2, 0, 0, 3, 0, 0, 0, 5, 0, 0);
    }

    @Test
    void aClassifierThatReadsTheLabelsAgreesEverywhere() {
        float[][] probabilities = new float[LABELS.length][];
        for (int i = 0; i < LABELS.length; i++) {
            probabilities[i] = oneHot(LABELS[i]);
        }

        Agreement a = Agreement.of(probabilities, LABELS);

        assertThat(a.overall()).isEqualTo(1.0);
        assertThat(a.perClass()[0]).isEqualTo(1.0);
        assertThat(a.perClass()[7]).isEqualTo(1.0);
    }

    private static float[] oneHot(int c) {
        float[] p = new float[10];
        p[c] = 1;
        return p;
    }
}
