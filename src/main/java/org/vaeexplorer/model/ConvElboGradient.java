package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The {@link ElboGradient} of a {@link ConvVae}: the decoder's and encoder's backward passes are DL4J's
 * layers' own ({@link LayerStack#backward}); between them, the reparameterisation and the KL term
 * ({@link PosteriorGradient}), the same as for the MLP.
 */
final class ConvElboGradient implements ElboGradient {

    private final ConvVae vae;
    private final INDArray flat;

    ConvElboGradient(ConvVae vae) {
        this.vae = vae;
        try (var ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            this.flat = Nd4j.create(vae.params().dataType(), new long[] {1, vae.parameterCount()}, 'c');
        }
    }

    @Override
    public INDArray flat() {
        return flat;
    }

    @Override
    public LossParts compute(INDArray x, INDArray eps, double beta) {
        vae.setGradientView(flat); // the networks write their gradients into this instance's array
        double invBatch = 1.0 / x.rows();
        Posterior q = vae.posteriorOf(vae.encoder().forward(x, true));
        INDArray sigma = q.standardDeviation();
        INDArray z = sigma.mul(eps).addi(q.mean());
        INDArray logits = vae.logits(z, true);
        LossParts sums = Elbo.sums(logits, x, q);

        // d(mean NLL)/d logits = (sigmoid(l) - x) / batch; the logits now hold sigmoid(l)
        INDArray delta = logits.subi(x).muli(invBatch);
        INDArray dz = vae.decoder().backward(delta.reshape('c', x.rows(), 1, vae.config().imageRows(), vae.config().imageCols()));

        PosteriorGradient dq = PosteriorGradient.of(dz, q, sigma, eps, beta * invBatch);
        long latent = vae.config().latentSize();
        INDArray dHeads = Nd4j.createUninitialized(x.dataType(), x.rows(), 2 * latent);
        dHeads.get(NDArrayIndex.all(), NDArrayIndex.interval(0, latent)).assign(dq.mean());
        dHeads.get(NDArrayIndex.all(), NDArrayIndex.interval(latent, 2 * latent)).assign(dq.logVariance());
        vae.encoder().backwardToParameters(dHeads);
        return sums;
    }
}
