package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Frozen parameters of one model, as decoding workers see them: never written after creation, so any
 * worker may copy them into a network of its own. {@code version} tells a worker whether its copy is stale.
 */
public record ModelParams(VaeConfig config, float[] params, long version) {

    private static final AtomicLong VERSIONS = new AtomicLong();

    public ModelParams {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(params, "params");
    }

    /** Wraps parameters nobody will write again (a training snapshot). */
    public static ModelParams frozen(VaeConfig config, float[] params) {
        return new ModelParams(config, params, VERSIONS.incrementAndGet());
    }

    /** A copy of a model file's parameters (as a Java array, like training snapshots). */
    public static ModelParams frozen(VaeConfig config, INDArray params) {
        return frozen(config, ImageMatrix.toFloats(params));
    }

    /** True when a network built for {@code other} can hold these parameters. */
    public boolean sameShape(VaeConfig other) {
        return config.imageRows() == other.imageRows() && config.imageCols() == other.imageCols()
                && config.hiddenSizes().equals(other.hiddenSizes()) && config.latentSize() == other.latentSize();
    }
}
