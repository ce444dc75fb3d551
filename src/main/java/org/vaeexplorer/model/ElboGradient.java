package org.vaeexplorer.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.Map;

/**
 * Gradient of the β-weighted negative ELBO, mean over a minibatch of (reconstruction NLL + β KL), with
 * respect to every parameter of a {@link Vae}, written into one flat array laid out like the network's
 * parameters.
 *
 * <p>Why not DL4J's own {@code computeGradientAndScore}: it has no β and reports one number, not the two
 * terms; it also returns the gradient of the sum, which its updater then divides by the batch size. The
 * backward pass here is the same chain rule on the same parameter views (a test compares both at β = 1)
 * with β folded into the KL terms and the 1/batch folded into the output delta.
 */
public final class ElboGradient {

    private final Vae vae;
    private final INDArray flat;
    private final Map<String, INDArray> views;

    public ElboGradient(Vae vae) {
        this.vae = vae;
        this.flat = Nd4j.create(DataType.FLOAT, new long[] {1, vae.parameterCount()}, 'c');
        var conf = vae.layer().conf();
        this.views = conf.getLayer().initializer().getGradientsFromFlattened(conf, flat);
    }

    /** The flat gradient of the last {@link #compute} call. */
    public INDArray flat() {
        return flat;
    }

    /**
     * Forward and backward pass for one minibatch.
     *
     * @param x    images, one per row, pixels in [0,1]
     * @param eps  standard normal noise for the reparameterisation, one row per image
     * @param beta weight of the KL term
     * @return the sums over the minibatch of both loss terms (unweighted by β)
     */
    public LossParts compute(INDArray x, INDArray eps, double beta) {
        double invBatch = 1.0 / x.rows();
        int depth = vae.encoderDepth();

        Vae.Forward f = vae.forward(x, eps);
        INDArray[] he = f.encoderHidden();
        INDArray hTop = he[depth - 1];
        Posterior q = f.posterior();
        INDArray sigma = f.sigma();
        INDArray z = f.z();
        INDArray[] hd = f.decoderHidden();
        LossParts sums = Elbo.sums(f, x);

        // d(mean NLL)/d logits = (sigmoid(l) - x) / batch; the logits now hold sigmoid(l)
        INDArray delta = f.logits().subi(x).muli(invBatch);
        INDArray upstream = backpropAffine(delta, hd[depth - 1], Vae.OUT_W, Vae.OUT_B, true);
        for (int i = depth - 1; i >= 0; i--) {
            INDArray input = i == 0 ? z : hd[i - 1];
            upstream = backpropAffine(reluBackward(upstream, hd[i]), input,
                    Vae.weightKey('d', i), Vae.biasKey('d', i), true);
        }
        INDArray dz = upstream;

        // z = mu + sigma * eps: dz/dmu = 1, dz/dlogvar = sigma * eps / 2. KL' (Appendix B):
        // dKL/dmu = mu, dKL/dlogvar = (sigma^2 - 1) / 2, each weighted by beta / batch.
        double klWeight = beta * invBatch;
        INDArray dMu = q.mean().mul(klWeight).addi(dz);
        INDArray sigmaSquared = sigma.mul(sigma);
        INDArray dLogVar = dz.mul(eps).muli(sigma).addi(sigmaSquared.subi(1.0).muli(klWeight)).muli(0.5);

        INDArray dTop = backpropAffine(dMu, hTop, Vae.MEAN_W, Vae.MEAN_B, true)
                .addi(backpropAffine(dLogVar, hTop, Vae.LOG_VAR_W, Vae.LOG_VAR_B, true));
        for (int i = depth - 1; i >= 0; i--) {
            INDArray input = i == 0 ? x : he[i - 1];
            dTop = backpropAffine(reluBackward(dTop, he[i]), input,
                    Vae.weightKey('e', i), Vae.biasKey('e', i), i > 0);
        }
        return sums;
    }

    /** Writes dW = input^T delta and db = sum_rows(delta); returns delta W^T (the gradient at the input) if asked. */
    private INDArray backpropAffine(INDArray delta, INDArray input, String weightKey, String biasKey, boolean needInputGradient) {
        Nd4j.gemm(input, delta, views.get(weightKey), true, false, 1.0, 0.0);
        delta.sum(views.get(biasKey), 0);
        if (!needInputGradient) {
            return null;
        }
        return Vae.product(delta, vae.param(weightKey), true);
    }

    /** relu'(pre) = 1 where the activation is positive: the activation itself tells where. */
    private static INDArray reluBackward(INDArray upstream, INDArray activation) {
        return upstream.muli(Transforms.step(activation));
    }
}
