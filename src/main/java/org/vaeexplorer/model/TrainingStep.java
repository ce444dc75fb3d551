package org.vaeexplorer.model;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * One optimisation step on one minibatch: draw the reparameterisation noise, compute the gradient of
 * the β-weighted negative ELBO, apply Adam.
 *
 * <p>Every temporary array of the step lives in a workspace that is reset each step: after the first
 * step the ~40 intermediate arrays cost no native allocation and no garbage collection, which in DL4J is
 * the difference between a steady and a stuttering training loop.
 */
public final class TrainingStep {

    private static final WorkspaceConfiguration WORKSPACE = WorkspaceConfiguration.builder()
            .policyAllocation(AllocationPolicy.STRICT)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .build();

    private final Vae vae;
    private final ElboGradient gradient;
    private final AdamOptimizer adam;
    private final Random noise;
    private final String workspaceId = "vae-step-" + System.identityHashCode(this);

    /**
     * @param optimizerState Adam's moments from a saved run, or null to start them at zero
     * @param noise          the generator of the reparameterisation noise
     */
    public TrainingStep(Vae vae, INDArray optimizerState, Random noise) {
        this.vae = vae;
        this.gradient = vae.elboGradient();
        VaeConfig c = vae.config();
        // The convolutional VAE is measured against the PyTorch reference, the MLP against DL4J's own path.
        this.adam = c.architecture() == Architecture.CONVOLUTIONAL
                ? AdamOptimizer.pytorchSummedLoss(vae.params(), c.learningRate(), optimizerState, c.batchSize())
                : new AdamOptimizer(vae.params(), c.learningRate(), optimizerState);
        this.noise = noise;
    }

    /**
     * Trains on {@code x} (one image per row) with KL weight {@code beta}.
     *
     * @return the sums over the minibatch of both loss terms, measured before the update. When they are
     *         not finite the update is skipped, so the parameters stay those that gave a finite loss before.
     */
    public LossParts run(INDArray x, double beta, long iteration, int epoch) {
        return step(x, beta, iteration, null);
    }

    /**
     * The same step as {@link #run}, also measuring what it did ({@link StepReport}). The extra measurements
     * draw no random numbers and change nothing the next step reads, so a run of inspected steps trains
     * exactly as a run of plain ones.
     */
    public StepReport runInspected(INDArray x, double beta, long iteration, int epoch) {
        Inspection seen = new Inspection(vae.parameterBlocks());
        float[] meansBefore = ImageMatrix.toFloats(vae.encode(x).mean());
        LossParts before = step(x, beta, iteration, seen);
        LossParts after = vae.lossSums(x, seen.eps);
        float[] meansAfter = ImageMatrix.toFloats(vae.encode(x).mean());
        return new StepReport(before, after, seen.blocks, seen.gradientNorms, meansBefore, meansAfter);
    }

    /** @param seen where an inspected step keeps its noise and gradient norms, or null */
    private LossParts step(INDArray x, double beta, long iteration, Inspection seen) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(WORKSPACE, workspaceId)) {
            INDArray eps = Noise.standardNormal(x.rows(), vae.config().latentSize(), noise);
            if (seen != null) {
                seen.eps = eps.detach();
            }
            LossParts sums = gradient.compute(x, eps, beta);
            if (seen != null) {
                for (int i = 0; i < seen.gradientNorms.length; i++) {
                    seen.gradientNorms[i] = seen.blocks.get(i).norm(gradient.flat());
                }
            }
            if (sums.allFinite()) {
                adam.step(gradient.flat(), iteration);
            }
            return sums;
        }
    }

    private static final class Inspection {
        final List<ParameterBlock> blocks;
        final double[] gradientNorms;
        INDArray eps;

        Inspection(List<ParameterBlock> blocks) {
            this.blocks = blocks;
            this.gradientNorms = new double[blocks.size()];
        }
    }

    /** A copy of Adam's moments. */
    public INDArray optimizerState() {
        return adam.state();
    }
}
