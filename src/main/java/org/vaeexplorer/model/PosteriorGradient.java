package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The gradient of the β-weighted negative ELBO at the posterior's mean and log-variance: the step of the
 * backward pass that every architecture shares, from the reconstruction term's gradient at z back through
 * the reparameterisation, plus the KL term's own gradient.
 */
record PosteriorGradient(INDArray mean, INDArray logVariance) {

    /**
     * z = mu + sigma * eps gives dz/dmu = 1 and dz/dlogvar = sigma * eps / 2; the closed-form KL (Kingma &amp;
     * Welling 2013, Appendix B) gives dKL/dmu = mu and dKL/dlogvar = (sigma^2 - 1) / 2.
     *
     * @param dz       gradient of the (batch-mean) reconstruction term at z
     * @param sigma    exp(logvar / 2) of {@code q}
     * @param klWeight β / batch size
     * @return the gradient at the mean and at the log-variance (new arrays; {@code dz} is left as it was)
     */
    static PosteriorGradient of(INDArray dz, Posterior q, INDArray sigma, INDArray eps, double klWeight) {
        INDArray dMean = q.mean().mul(klWeight).addi(dz);
        INDArray sigmaSquared = sigma.mul(sigma);
        INDArray dLogVariance = dz.mul(eps).muli(sigma).addi(sigmaSquared.subi(1.0).muli(klWeight)).muli(0.5);
        return new PosteriorGradient(dMean, dLogVariance);
    }
}
