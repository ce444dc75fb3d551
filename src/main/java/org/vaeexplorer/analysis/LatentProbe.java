package org.vaeexplorer.analysis;

/**
 * An image's posterior q(z|x) = N(mean, diag(exp(logVariance))), to show on the latent plane as a marker
 * with its uncertainty. Immutable by convention.
 */
public record LatentProbe(float[] mean, float[] logVariance) {

    public LatentProbe {
        if (mean.length != logVariance.length) {
            throw new IllegalArgumentException("mean of " + mean.length + ", log-variance of " + logVariance.length);
        }
    }
}
