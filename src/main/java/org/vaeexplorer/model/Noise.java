package org.vaeexplorer.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.GaussianDistribution;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/** Seeded standard normal draws: the reparameterisation noise and prior samples. */
public final class Noise {

    private Noise() {
    }

    /** A generator of its own, so the noise does not depend on what else used ND4J's shared one. */
    public static Random generator(long seed) {
        return Nd4j.getRandomFactory().getNewRandomInstance(seed);
    }

    /**
     * The seed of a training run's reparameterisation noise when it starts at {@code firstEpoch}: apart from
     * the weights' seed, so that noise and initial weights are not the same draws.
     */
    public static long trainingSeed(long runSeed, int firstEpoch) {
        return runSeed * 31 + firstEpoch;
    }

    /** An n x d matrix of N(0,1) draws. */
    public static INDArray standardNormal(int n, int d, Random rng) {
        INDArray eps = Nd4j.create(DataType.FLOAT, n, d);
        return Nd4j.getExecutioner().exec(new GaussianDistribution(eps, 0.0, 1.0), rng);
    }
}
