package org.vaeexplorer.train;

import org.vaeexplorer.model.StepReport;

/**
 * One minibatch trained by {@link TrainingRun#step}: where it fell in the run, which training images it held,
 * and what the step did to them.
 *
 * @param iteration the run's iteration count after this step
 * @param epoch     zero-based epoch of the minibatch
 * @param batch     zero-based minibatch within that epoch
 * @param indices   the minibatch's images, as indices into the training set the run trains on
 * @param images    those images' pixels in [0,1], row after row (that training set may leave a digit out, so
 *                  the indices alone do not say which images they are)
 * @param beta      the KL weight the step used
 * @param report    the loss parts before and after, gradient norms and moved encodings
 * @param stepsLeft how many of the steps asked for are still to come (0: the run is paused again)
 */
public record StepRecord(long iteration, int epoch, int batch, int[] indices, float[] images, double beta, StepReport report,
                         int stepsLeft) {
}
