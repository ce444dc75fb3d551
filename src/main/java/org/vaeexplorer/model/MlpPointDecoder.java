package org.vaeexplorer.model;

import java.util.List;

/**
 * The {@link PointDecoder} of an {@link MlpVae}: for 2-400-784, 0.3 million multiply-adds, well inside a frame.
 *
 * <p>The vector is laid out as DL4J's variational autoencoder lays it out: the encoder's layers, the mean
 * and log-variance heads, then the decoder's layers and the output layer, each as its weights (n_in x n_out,
 * column-major) followed by its biases. {@code PointDecoderTest} checks this against DL4J's own parameter
 * table and decodings.
 */
final class MlpPointDecoder implements PointDecoder {

    /** Layer widths from z to the pixels: latent, the decoder's hidden sizes, pixels. */
    private final int[] widths;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int parameterCount;

    MlpPointDecoder(VaeConfig config) {
        List<Integer> hidden = config.hiddenSizes();
        int pixels = config.imageRows() * config.imageCols();
        int latent = config.latentSize();
        int offset = 0;
        int in = pixels;
        for (int h : hidden) { // encoder
            offset += in * h + h;
            in = h;
        }
        offset += 2 * (in * latent + latent); // mean and log-variance heads
        widths = new int[hidden.size() + 2];
        widths[0] = latent;
        for (int i = 0; i < hidden.size(); i++) {
            widths[i + 1] = hidden.get(hidden.size() - 1 - i); // the decoder mirrors the encoder
        }
        widths[widths.length - 1] = pixels;
        weightOffsets = new int[widths.length - 1];
        biasOffsets = new int[widths.length - 1];
        for (int layer = 0; layer < weightOffsets.length; layer++) {
            weightOffsets[layer] = offset;
            offset += widths[layer] * widths[layer + 1];
            biasOffsets[layer] = offset;
            offset += widths[layer + 1];
        }
        parameterCount = offset;
    }

    @Override
    public int parameterCount() {
        return parameterCount;
    }

    /** Where layer {@code layer}'s weights start (0 = the first decoder layer; the last is the output layer). */
    int weightOffset(int layer) {
        return weightOffsets[layer];
    }

    int biasOffset(int layer) {
        return biasOffsets[layer];
    }

    @Override
    public float[] decode(float[] params, float[] z) {
        if (params.length != parameterCount) {
            throw new IllegalArgumentException("expected " + parameterCount + " parameters, got " + params.length);
        }
        if (z.length != widths[0]) {
            throw new IllegalArgumentException("expected a latent point of " + widths[0] + " values, got " + z.length);
        }
        float[] h = z;
        int last = weightOffsets.length - 1;
        for (int layer = 0; layer <= last; layer++) {
            h = affine(params, layer, h);
            if (layer < last) {
                relu(h);
            }
        }
        sigmoid(h);
        return h;
    }

    /** out_j = b_j + sum_i h_i W_ij, W column-major: each output is a dot product over contiguous weights. */
    private float[] affine(float[] params, int layer, float[] h) {
        int in = widths[layer];
        int outWidth = widths[layer + 1];
        float[] out = new float[outWidth];
        int bias = biasOffsets[layer];
        for (int j = 0; j < outWidth; j++) {
            out[j] = params[bias + j] + dot(params, weightOffsets[layer] + j * in, h, in);
        }
        return out;
    }

    /** Four partial sums, so the additions do not wait on each other. */
    private static float dot(float[] w, int from, float[] h, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += w[from + i] * h[i];
            s1 += w[from + i + 1] * h[i + 1];
            s2 += w[from + i + 2] * h[i + 2];
            s3 += w[from + i + 3] * h[i + 3];
        }
        for (; i < n; i++) {
            s0 += w[from + i] * h[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static void relu(float[] h) {
        for (int i = 0; i < h.length; i++) {
            h[i] = Math.max(0f, h[i]);
        }
    }

    private static void sigmoid(float[] h) {
        for (int i = 0; i < h.length; i++) {
            h[i] = (float) (1 / (1 + Math.exp(-h[i])));
        }
    }
}
