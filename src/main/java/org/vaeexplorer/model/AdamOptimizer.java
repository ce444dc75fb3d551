package org.vaeexplorer.model;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Adam (Kingma &amp; Ba 2014) over a network's flat parameter vector, with the update rule of DL4J's
 * {@code AdamUpdater}: m = b1 m + (1-b1) g, v = b2 v + (1-b2) g^2,
 * theta -= lr sqrt(1-b2^t) / (1-b1^t) * m / (sqrt(v) + eps).
 *
 * <p>Why not DL4J's updater: libnd4j runs its sqrt and division one element at a time, and for the default
 * model's 631k parameters that was more than a third of a training step. The same arithmetic as one Java
 * loop is compiled to SIMD code and takes a small part of that, copies to and from native memory included
 * (docs/performance.md). A test checks both give the same parameters.
 *
 * <p>Where epsilon sits is the one difference between DL4J's rule and PyTorch's: PyTorch adds it to the
 * bias-corrected root, sqrt(v / (1-b2^t)) + eps, and the PyTorch reference's loss is the minibatch's sum where
 * ours is its mean, so its gradients are batch-size times ours. In our units its epsilon is
 * eps sqrt(1-b2^t) / batch: 128 times smaller than DL4J's at the default batch, and smaller still in the
 * first steps. The convolutional VAE, whose yardstick is the PyTorch reference, uses that rule
 * ({@link #pytorchSummedLoss}); the MLP keeps DL4J's, the rule of DL4J's own training path it is checked against.
 *
 * <p>The moments are kept here, so they can be saved with the model (DL4J's ModelSerializer does not save
 * a pretrain layer's optimizer state). Moments that decay below {@value #FLUSH_BELOW} are set to zero:
 * gradients that stop (dead units, border pixels) would otherwise decay them into denormal floats, which
 * the CPU handles many times slower.
 */
public final class AdamOptimizer {

    public static final float BETA1 = 0.9f;
    public static final float BETA2 = 0.999f;
    public static final float EPSILON = 1e-8f;
    private static final float FLUSH_BELOW = 1e-30f;
    private static final int FLUSH_EVERY = 64;

    /** Held so the native buffer behind {@link #paramsMemory} stays reachable as long as this optimizer. */
    private final INDArray params;
    private final FloatPointer paramsMemory;
    private final float learningRate;
    /** PyTorch's rule on a summed loss: epsilon over this many images per minibatch; 0 for DL4J's rule. */
    private final int summedOver;
    private final float[] theta;
    private final float[] gradient;
    private final float[] m;
    private final float[] v;

    /**
     * @param params the network's flat parameters, updated in place
     * @param state  the moments of a previous run (m then v, 2 x parameter count), or null to start at zero
     */
    public AdamOptimizer(INDArray params, double learningRate, INDArray state) {
        this(params, learningRate, state, 0);
    }

    /**
     * PyTorch's Adam (epsilon added to the bias-corrected root) on the minibatch's summed loss, as the PyTorch
     * reference trains, for gradients of the mean loss over {@code batchSize} images.
     */
    public static AdamOptimizer pytorchSummedLoss(INDArray params, double learningRate, INDArray state, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        return new AdamOptimizer(params, learningRate, state, batchSize);
    }

    private AdamOptimizer(INDArray params, double learningRate, INDArray state, int summedOver) {
        this.summedOver = summedOver;
        if (params.elementWiseStride() != 1 || params.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("parameters must be one contiguous float array");
        }
        int n = Math.toIntExact(params.length());
        this.params = params;
        // The buffer's address is the array's first element, a view's offset included.
        this.paramsMemory = new FloatPointer(params.data().addressPointer()).capacity(n);
        this.learningRate = (float) learningRate;
        this.theta = new float[n];
        this.gradient = new float[n];
        this.m = new float[n];
        this.v = new float[n];
        if (state != null) {
            if (state.length() != 2L * n) {
                throw new IllegalArgumentException("optimizer state holds " + state.length() + " values, expected " + 2L * n);
            }
            float[] both = state.dup('c').data().asFloat();
            System.arraycopy(both, 0, m, 0, n);
            System.arraycopy(both, n, v, 0, n);
        }
    }

    /** One Adam step with {@code gradient} (flat, same layout as the parameters); iteration counts from 0. */
    public void step(INDArray flatGradient, long iteration) {
        new FloatPointer(flatGradient.data().addressPointer()).get(gradient);
        paramsMemory.get(theta);
        int t = Math.toIntExact(Math.min(iteration + 1, Integer.MAX_VALUE));
        double secondCorrection = Math.sqrt(1 - Math.pow(BETA2, t));
        float stepSize = (float) (learningRate * secondCorrection / (1 - Math.pow(BETA1, t)));
        update(stepSize, summedOver == 0 ? EPSILON : (float) (EPSILON * secondCorrection / summedOver));
        if (iteration % FLUSH_EVERY == FLUSH_EVERY - 1) {
            flushTinyMoments();
        }
        paramsMemory.put(theta);
    }

    /** Kept free of branches so the JIT turns it into vector instructions (with the flush inside it is several times slower). */
    private void update(float stepSize, float epsilon) {
        for (int i = 0; i < theta.length; i++) {
            float g = gradient[i];
            float mi = BETA1 * m[i] + (1 - BETA1) * g;
            float vi = BETA2 * v[i] + (1 - BETA2) * g * g;
            m[i] = mi;
            v[i] = vi;
            theta[i] -= stepSize * mi / ((float) Math.sqrt(vi) + epsilon);
        }
    }

    /** In FLUSH_EVERY steps a moment shrinks at most 0.9^64 ~ 1e-3 times: from 1e-30 it stays a normal float. */
    private void flushTinyMoments() {
        for (int i = 0; i < m.length; i++) {
            float mi = m[i];
            m[i] = Math.abs(mi) < FLUSH_BELOW ? 0f : mi;
            float vi = v[i];
            v[i] = vi < FLUSH_BELOW ? 0f : vi;
        }
    }

    /** A copy of the moments, m then v, as one [1, 2n] array (the layout of DL4J's Adam state). */
    public INDArray state() {
        float[] both = new float[2 * m.length];
        System.arraycopy(m, 0, both, 0, m.length);
        System.arraycopy(v, 0, both, m.length, v.length);
        try (var ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            return ImageMatrix.fromFloats(both, 1, both.length);
        }
    }
}
