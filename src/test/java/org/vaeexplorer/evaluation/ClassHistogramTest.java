package org.vaeexplorer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

class ClassHistogramTest {

    @Test
    void sharesCountTheMostProbableClassAndSumToOne() {
        float[][] probabilities = new float[1000][];
        Random rng = new Random(4);
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = randomDistribution(rng);
        }
        probabilities[0] = oneHot(3);

        double[] shares = FullEvaluator.classHistogram(probabilities);

        assertThat(shares).hasSize(10);
        assertThat(Arrays.stream(shares).sum()).isCloseTo(1, within(1e-12));
        long threes = Arrays.stream(probabilities).filter(p -> DigitClassifier.argMax(p) == 3).count();
        assertThat(shares[3]).isCloseTo(threes / 1000.0, within(1e-12));
    }

    @Test
    void confidenceIsTheMeanTopProbability() {
        float[] sure = oneHot(7);
        float[] unsure = new float[10];
        Arrays.fill(unsure, 0.1f);

        assertThat(FullEvaluator.meanConfidence(new float[][] {sure, unsure})).isCloseTo(0.55, within(1e-6));
        assertThat(FullEvaluator.classHistogram(new float[][] {sure, sure})[7]).isEqualTo(1.0);
    }

    private static float[] oneHot(int digit) {
        float[] p = new float[10];
        p[digit] = 1;
        return p;
    }

    private static float[] randomDistribution(Random rng) {
        float[] p = new float[10];
        float sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = rng.nextFloat();
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
