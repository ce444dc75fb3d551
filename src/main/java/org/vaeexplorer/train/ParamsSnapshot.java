package org.vaeexplorer.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A frozen copy of the training network's parameters. Never written after it is published, so any thread
 * may copy it into a network of its own ({@code Vae.setParams}) and decode while training goes on.
 */
public record ParamsSnapshot(INDArray params, long iteration, double epochsDone) {
}
