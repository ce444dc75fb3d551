package org.vaeexplorer.model;

/**
 * The pixel means E[x|z] = sigmoid(decoder(z)) of single latent points, computed in plain Java straight from
 * a flat parameter vector (a training snapshot or a model file's), with no network and no native memory.
 *
 * <p>Why: the window decodes the dragged point on its own thread, in the drag's event handler, so the
 * digit under the cursor is redrawn in the same frame; handing the point to a decoding thread and its result
 * back took two thread wake-ups, which on a busy two-core machine cost up to two frames. Grids of points still go
 * through ND4J ({@link Vae#decodeToFloats}).
 */
public interface PointDecoder {

    /** The decoder of the config's architecture and sizes. */
    static PointDecoder of(VaeConfig config) {
        return switch (config.architecture()) {
            case MLP -> new MlpPointDecoder(config);
            case CONVOLUTIONAL -> new ConvPointDecoder(config);
        };
    }

    /** The length of the parameter vectors this decoder reads. */
    int parameterCount();

    /** E[x|z] for one latent point {@code z}, pixels row after row. */
    float[] decode(float[] params, float[] z);
}
