package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/** q(z|x) = N(mean, diag(exp(logVariance))), one row per image. */
public record Posterior(INDArray mean, INDArray logVariance) {
}
