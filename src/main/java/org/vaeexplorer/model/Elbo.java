package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The two terms of the negative ELBO, summed over a minibatch. */
final class Elbo {

    private Elbo() {
    }

    /** Both terms of one forward pass, its decoder's logits and its posterior; overwrites the logits with the pixel means. */
    static LossParts sums(INDArray logits, INDArray x, Posterior q) {
        return new LossParts(bernoulliNllSumToMeans(logits, x), klSum(q));
    }

    /**
     * Bernoulli negative log-likelihood, -sum[x log p + (1-x) log(1-p)] with p = sigmoid(l), summed over
     * all pixels of all rows. Written on the logits so it never takes log(0): it equals
     * sum softplus(l) - sum x l, with softplus(l) = max(l,0) + softplus(-|l|), sum max(l,0) = (sum l + sum |l|)/2
     * and softplus(-|l|) = -log max(p, 1-p). The last form reuses p, which the gradient needs anyway, so the
     * only transcendental per pixel besides the sigmoid is one log (libnd4j's softplus costs two).
     *
     * <p>Overwrites {@code logits} with the pixel means p = sigmoid(logits).
     */
    static double bernoulliNllSumToMeans(INDArray logits, INDArray x) {
        INDArray l = flat(logits);
        INDArray ones = Nd4j.ones(l.dataType(), l.length());
        double sumL = dot(l, ones);
        double sumAbs = Nd4j.getBlasWrapper().level1().asum(l);
        double xDotL = dot(flat(x), l);
        Transforms.sigmoid(l, false);
        INDArray larger = Transforms.max(l.rsub(1.0), l, false);
        double softplusNegAbs = -dot(Transforms.log(larger, false), ones);
        return 0.5 * (sumL + sumAbs) + softplusNegAbs - xDotL;
    }

    /**
     * log p(x|l) of each row: sum over its pixels of x l - softplus(l), the Bernoulli log-likelihood with
     * p = sigmoid(l), with softplus(l) = max(l, 0) + log(1 + exp(-|l|)) so that no exp overflows. A new column.
     */
    static INDArray bernoulliLogLikelihoodPerRow(INDArray logits, INDArray x) {
        INDArray softplus = Transforms.log(Transforms.exp(Transforms.abs(logits, true).negi(), false).addi(1.0), false)
                .addi(Transforms.relu(logits, true));
        return x.mul(logits).subi(softplus).sum(1);
    }

    /** Sums and dot products go through BLAS: ND4J's own reductions are several times slower here. */
    private static double dot(INDArray a, INDArray b) {
        return Nd4j.getBlasWrapper().level1().dot(a.length(), 1.0, a, b);
    }

    private static INDArray flat(INDArray a) {
        return a.reshape(a.length());
    }

    /**
     * KL(N(mu, sigma^2) || N(0, I)) = -1/2 sum(1 + log sigma^2 - mu^2 - sigma^2)
     * (Kingma &amp; Welling 2013, Appendix B), summed over rows and latent dimensions.
     */
    static double klSum(Posterior q) {
        INDArray mu = q.mean();
        INDArray logVar = q.logVariance();
        double muSquared = dot(flat(mu), flat(mu));
        double variance = Transforms.exp(logVar, true).sumNumber().doubleValue();
        double logVarSum = logVar.sumNumber().doubleValue();
        return 0.5 * (muSquared + variance - logVarSum - mu.length());
    }
}
