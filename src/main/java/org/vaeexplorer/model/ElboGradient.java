package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Gradient of the β-weighted negative ELBO, mean over a minibatch of (reconstruction NLL + β KL), with
 * respect to every parameter of one {@link Vae}, written into one flat array laid out like its parameters.
 * The posterior's part is the same for every architecture ({@link PosteriorGradient}); the networks' parts
 * are each architecture's own backward pass.
 */
public interface ElboGradient {

    /**
     * Forward and backward pass for one minibatch.
     *
     * @param x    images, one per row, pixels in [0,1]
     * @param eps  standard normal noise for the reparameterisation, one row per image
     * @param beta weight of the KL term
     * @return the sums over the minibatch of both loss terms (unweighted by β)
     */
    LossParts compute(INDArray x, INDArray eps, double beta);

    /** The flat gradient of the last {@link #compute} call. */
    INDArray flat();
}
