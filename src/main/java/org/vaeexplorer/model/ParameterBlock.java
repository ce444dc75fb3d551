package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * One layer's weights and biases as a stretch of a {@link Vae}'s flat parameter vector (and of its gradient,
 * laid out alike): what a step's gradient norm per layer is taken over.
 *
 * @param name   the layer, as the network diagram names it (e.g. "encoder 1", "μ head", "output")
 * @param offset index of its first parameter in the flat vector
 * @param length how many parameters it holds
 */
public record ParameterBlock(String name, long offset, long length) {

    /** The block holding the parameter {@code views} of one layer, all views into {@code flat}. */
    static ParameterBlock spanning(String name, INDArray flat, Iterable<INDArray> views) {
        long first = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (INDArray view : views) {
            long at = view.offset() - flat.offset();
            first = Math.min(first, at);
            end = Math.max(end, at + view.length());
        }
        return new ParameterBlock(name, first, end - first);
    }

    /** The Euclidean norm of this block's part of {@code flat} (a gradient or the parameters). */
    public double norm(INDArray flat) {
        return flat.reshape(flat.length()).get(NDArrayIndex.interval(offset, offset + length))
                .norm2Number().doubleValue();
    }
}
