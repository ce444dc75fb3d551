package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** q(z|x) = N(mean, diag(exp(logVariance))), one row per image. */
public record Posterior(INDArray mean, INDArray logVariance) {

    /** sigma = exp(log sigma^2 / 2), a new array. */
    public INDArray standardDeviation() {
        return Transforms.exp(logVariance.mul(0.5), false);
    }
}
