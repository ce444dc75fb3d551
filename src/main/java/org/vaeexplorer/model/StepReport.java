package org.vaeexplorer.model;

import java.util.List;

/**
 * What one inspected training step did to its minibatch: the loss parts before and after the update, both
 * with the same reparameterisation noise (so their difference is the update's alone), the gradient's norm over
 * each layer, and the posterior means of the minibatch's images before and after.
 *
 * @param before        sums over the minibatch, as the step measured them before updating
 * @param after         the same sums with the updated parameters and the same noise
 * @param blocks        the layers, in the order of {@code gradientNorms}
 * @param gradientNorms ‖∂loss/∂θ‖ over each layer's parameters (the mean loss over the minibatch, β-weighted)
 * @param meansBefore   μ of each image before the step, row after row ({@code latentSize} values an image)
 * @param meansAfter    μ of each image after the step, laid out alike
 */
public record StepReport(LossParts before, LossParts after, List<ParameterBlock> blocks, double[] gradientNorms,
                         float[] meansBefore, float[] meansAfter) {
}
