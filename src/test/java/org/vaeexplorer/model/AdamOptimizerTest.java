package org.vaeexplorer.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

import static org.assertj.core.api.Assertions.assertThat;

/** The lean Java Adam must take the same steps as DL4J's own AdamUpdater, or (convolutional VAE) PyTorch's Adam. */
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
    void thePyTorchRuleTakesPyTorchsStepsOnTheSummedLoss() {
        int n = 240;
        int batch = 128;
        double lr = 1e-3;
        Nd4j.getRandom().setSeed(5);
        INDArray start = Nd4j.rand(DataType.FLOAT, 1, n).subi(0.5);
        INDArray ours = start.dup();
        INDArray dl4jRule = start.dup();
        AdamOptimizer adam = AdamOptimizer.pytorchSummedLoss(ours, lr, null, batch);
        AdamOptimizer dl4j = new AdamOptimizer(dl4jRule, lr, null);
        // torch.optim.Adam from its documentation, in double, on the sum over the minibatch (batch x our mean's gradient)
        double[] theta = new double[n];
        double[] m = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = start.getDouble(0, i);
        }
        for (int iteration = 0; iteration < 100; iteration++) {
            // Gradient scales from 1e-11 to 1: at the small end epsilon dominates the root, and where it sits matters.
            INDArray gradient = Nd4j.randn(DataType.FLOAT, 1, n);
            for (int i = 0; i < n; i++) {
                gradient.putScalar(0, i, gradient.getDouble(0, i) * Math.pow(10, -11.0 * i / (n - 1)));
            }
            adam.step(gradient.dup(), iteration);
            dl4j.step(gradient.dup(), iteration);
            int t = iteration + 1;
            for (int i = 0; i < n; i++) {
                double g = batch * (double) gradient.getFloat(0, i);
                m[i] = 0.9 * m[i] + 0.1 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                double mHat = m[i] / (1 - Math.pow(0.9, t));
                double vHat = v[i] / (1 - Math.pow(0.999, t));
                theta[i] -= lr * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        double worst = 0;
        double dl4jWorst = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, Math.abs(ours.getDouble(0, i) - theta[i]));
            dl4jWorst = Math.max(dl4jWorst, Math.abs(dl4jRule.getDouble(0, i) - theta[i]));
        }
        assertThat(worst).isLessThan(1e-6);
        assertThat(dl4jWorst).isGreaterThan(1e-3); // DL4J's rule takes smaller steps where gradients are tiny
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
