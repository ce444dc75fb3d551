package org.vaeexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Loads the real MNIST from assets/mnist (about a second). */
class BundledMnistTest {

    @Test
    void loadsBundledMnist() throws DatasetException {
        Dataset mnist = DatasetLoader.loadBundledMnist();

        assertThat(mnist.name()).isEqualTo("MNIST");
        assertThat(mnist.rows()).isEqualTo(28);
        assertThat(mnist.cols()).isEqualTo(28);
        assertThat(mnist.train().count()).isEqualTo(60_000);
        assertThat(mnist.test().count()).isEqualTo(10_000);
        assertThat(mnist.train().label(0)).isEqualTo(5);
        for (ImageSet set : new ImageSet[] {mnist.train(), mnist.test()}) {
            for (int i = 0; i < set.count(); i++) {
                assertThat(set.label(i)).isBetween(0, 9);
            }
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (byte b : set.pixels()) {
                min = Math.min(min, (b & 0xFF) / 255f);
                max = Math.max(max, (b & 0xFF) / 255f);
            }
            assertThat(min).isEqualTo(0f);
            assertThat(max).isEqualTo(1f);
        }
        // Every digit occurs in the training set.
        int[] perClass = new int[10];
        for (byte label : mnist.train().labels()) {
            perClass[label]++;
        }
        assertThat(IntStream.of(perClass).min().getAsInt()).isGreaterThan(5000);
    }
}
