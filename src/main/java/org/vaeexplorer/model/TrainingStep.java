package org.vaeexplorer.model;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

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
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(WORKSPACE, workspaceId)) {
            INDArray eps = Noise.standardNormal(x.rows(), vae.config().latentSize(), noise);
            LossParts sums = gradient.compute(x, eps, beta);
            if (sums.allFinite()) {
                adam.step(gradient.flat(), iteration);
            }
            return sums;
        }
    }

    /** A copy of Adam's moments. */
    public INDArray optimizerState() {
        return adam.state();
    }
}
