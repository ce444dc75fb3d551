package org.vaeexplorer.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.Map;

/**
 * The {@link ElboGradient} of an {@link MlpVae}: mean over a minibatch of (reconstruction NLL + β KL), with
 * respect to every parameter, written into one flat array laid out like the network's parameters.
 *
 * <p>Why not DL4J's own {@code computeGradientAndScore}: it has no β and reports one number, not the two
 * terms; it also returns the gradient of the sum, which its updater then divides by the batch size. The
 * backward pass here is the same chain rule on the same parameter views (a test compares both at β = 1)
 * with β folded into the KL terms and the 1/batch folded into the output delta.
 */
final class MlpElboGradient implements ElboGradient {

    private final MlpVae vae;
    private final INDArray flat;
    private final Map<String, INDArray> views;

    MlpElboGradient(MlpVae vae) {
        this.vae = vae;
        this.flat = Nd4j.create(DataType.FLOAT, new long[] {1, vae.parameterCount()}, 'c');
        var conf = vae.layer().conf();
        this.views = conf.getLayer().initializer().getGradientsFromFlattened(conf, flat);
    }

    @Override
    public INDArray flat() {
        return flat;
    }

    @Override
    public LossParts compute(INDArray x, INDArray eps, double beta) {
        double invBatch = 1.0 / x.rows();
        int depth = vae.encoderDepth();

        MlpVae.Forward f = vae.forward(x, eps);
        INDArray[] he = f.encoderHidden();
        INDArray hTop = he[depth - 1];
        Posterior q = f.posterior();
        INDArray sigma = f.sigma();
        INDArray z = f.z();
        INDArray[] hd = f.decoderHidden();
        LossParts sums = Elbo.sums(f.logits(), x, q);

        // d(mean NLL)/d logits = (sigmoid(l) - x) / batch; the logits now hold sigmoid(l)
        INDArray delta = f.logits().subi(x).muli(invBatch);
        INDArray upstream = backpropAffine(delta, hd[depth - 1], MlpVae.OUT_W, MlpVae.OUT_B, true);
        for (int i = depth - 1; i >= 0; i--) {
            INDArray input = i == 0 ? z : hd[i - 1];
            upstream = backpropAffine(reluBackward(upstream, hd[i]), input,
                    MlpVae.weightKey('d', i), MlpVae.biasKey('d', i), true);
        }
        INDArray dz = upstream;

        PosteriorGradient dq = PosteriorGradient.of(dz, q, sigma, eps, beta * invBatch);
        INDArray dTop = backpropAffine(dq.mean(), hTop, MlpVae.MEAN_W, MlpVae.MEAN_B, true)
                .addi(backpropAffine(dq.logVariance(), hTop, MlpVae.LOG_VAR_W, MlpVae.LOG_VAR_B, true));
        for (int i = depth - 1; i >= 0; i--) {
            INDArray input = i == 0 ? x : he[i - 1];
            dTop = backpropAffine(reluBackward(dTop, he[i]), input,
                    MlpVae.weightKey('e', i), MlpVae.biasKey('e', i), i > 0);
        }
        return sums;
    }

    private INDArray backpropAffine(INDArray delta, INDArray input, String weightKey, String biasKey, boolean needInputGradient) {
        return backpropAffine(delta, input, vae.param(weightKey), views.get(weightKey), views.get(biasKey), needInputGradient);
    }

    /**
     * For the affine layer input W + b: writes dW = input^T delta and db = sum_rows(delta) into the gradient views
     * given; returns delta W^T (the gradient at the input) if asked, else null.
     */
    static INDArray backpropAffine(INDArray delta, INDArray input, INDArray weights, INDArray weightGradient,
                                   INDArray biasGradient, boolean needInputGradient) {
        Nd4j.gemm(input, delta, weightGradient, true, false, 1.0, 0.0);
        delta.sum(biasGradient, 0);
        if (!needInputGradient) {
            return null;
        }
        return MlpVae.product(delta, weights, true);
    }

    /** relu'(pre) = 1 where the activation is positive: the activation itself tells where. */
    private static INDArray reluBackward(INDArray upstream, INDArray activation) {
        return upstream.muli(Transforms.step(activation));
    }
}
