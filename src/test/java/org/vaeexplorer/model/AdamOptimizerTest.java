package org.vaeexplorer.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

import static org.assertj.core.api.Assertions.assertThat;

/** The lean Java Adam must take the same steps as DL4J's own AdamUpdater. */
class AdamOptimizerTest {

    @Test
    void takesTheSameStepsAsDl4jsAdamUpdater() {
        int n = 1000;
        Nd4j.getRandom().setSeed(3);
        INDArray start = Nd4j.rand(DataType.FLOAT, 1, n).subi(0.5);
        INDArray ours = start.dup();
        INDArray theirs = start.dup();
        AdamOptimizer adam = new AdamOptimizer(ours, 0.01, null);
        AdamUpdater dl4j = new AdamUpdater(new Adam(0.01));
        dl4j.setStateViewArray(Nd4j.zeros(DataType.FLOAT, 1, 2 * n), new long[] {1, n}, 'c', true);

        for (int iteration = 0; iteration < 150; iteration++) {
            // Some gradients vanish after a while, as a dead unit's do: the moments must decay the same way.
            INDArray gradient = Nd4j.randn(DataType.FLOAT, 1, n).muli(iteration < 70 ? 1.0 : 0.0);
            adam.step(gradient.dup(), iteration);
            INDArray update = gradient.dup();
            dl4j.applyUpdater(update, iteration, 0);
            theirs.subi(update);
        }
        assertThat(ours.sub(theirs).amaxNumber().doubleValue()).isLessThan(1e-5);
        assertThat(ours.sub(start).amaxNumber().doubleValue()).isGreaterThan(0.1);
        INDArray firstMoments = adam.state().get(NDArrayIndex.all(), NDArrayIndex.interval(0, n));
        assertThat(firstMoments.sub(dl4j.getState().get("M").reshape(1, n)).amaxNumber().doubleValue()).isLessThan(1e-6);
    }

    @Test
    void restoresItsMomentsFromASavedState() {
        int n = 10;
        INDArray params = Nd4j.zeros(DataType.FLOAT, 1, n);
        AdamOptimizer first = new AdamOptimizer(params, 0.1, null);
        first.step(Nd4j.ones(DataType.FLOAT, 1, n), 0);
        INDArray state = first.state();

        INDArray a = params.dup();
        INDArray b = params.dup();
        new AdamOptimizer(a, 0.1, state).step(Nd4j.ones(DataType.FLOAT, 1, n), 1);
        new AdamOptimizer(b, 0.1, null).step(Nd4j.ones(DataType.FLOAT, 1, n), 1);
        assertThat(a).isNotEqualTo(b);
        first.step(Nd4j.ones(DataType.FLOAT, 1, n), 1);
        assertThat(a).isEqualTo(params);
    }
}
