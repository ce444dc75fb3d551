package org.vaeexplorer.train;

/**
 * A frozen copy of the training network's parameters, as a Java array (see {@code Vae.snapshotValues}).
 * Never written after it is published, so any thread may copy it into a network of its own
 * ({@code Vae.setParams}) and decode while training goes on.
 */
public record ParamsSnapshot(float[] params, long iteration, double epochsDone) {
}
