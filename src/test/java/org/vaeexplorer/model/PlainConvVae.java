package org.vaeexplorer.model;

import java.util.List;

/**
 * The convolutional VAE written straight from its definition in plain double-precision Java, reading the
 * same flat parameter vector: the independent computation the DL4J network is checked against. Every
 * convolution is written as a gather (each output sums the inputs under its kernel), the transposed one
 * included, where {@link ConvPointDecoder} scatters.
 */
final class PlainConvVae {

    private static final int K = ConvShape.KERNEL;
    private static final int S = ConvShape.STRIDE;
    private static final int P = ConvShape.PADDING;

    private final VaeConfig config;
    private final ConvShape shape;
    private final double[] params;
    private int cursor;

    PlainConvVae(VaeConfig config, double[] params) {
        this.config = config;
        this.shape = ConvShape.of(config);
        this.params = params;
    }

    /** [mu..., logvar...] of one image (pixels row after row). */
    double[] encode(double[] image) {
        cursor = 0;
        double[] padded = new double[shape.paddedRows() * shape.paddedCols()];
        for (int y = 0; y < shape.rows(); y++) {
            for (int x = 0; x < shape.cols(); x++) {
                padded[(y + shape.padTop()) * shape.paddedCols() + x + shape.padLeft()] = image[y * shape.cols() + x];
            }
        }
        double[] h = relu(convolution(padded, 1, ConvShape.FIRST_CHANNELS, shape.paddedRows(), shape.paddedCols()));
        h = relu(convolution(h, ConvShape.FIRST_CHANNELS, ConvShape.SECOND_CHANNELS, shape.middleRows(), shape.middleCols()));
        for (int size : config.hiddenSizes()) {
            h = relu(dense(h, size));
        }
        return dense(h, 2 * config.latentSize());
    }

    /** Bernoulli logits of one latent point, pixels row after row. */
    double[] logits(double[] z) {
        cursor = Math.toIntExact(shape.encoderParameterCount(config.hiddenSizes(), config.latentSize()));
        double[] h = z;
        List<Integer> hidden = config.hiddenSizes();
        for (int i = hidden.size() - 1; i >= 0; i--) {
            h = relu(dense(h, hidden.get(i)));
        }
        h = relu(dense(h, shape.featureSize()));
        h = relu(transposedConvolution(h, ConvShape.SECOND_CHANNELS, ConvShape.FIRST_CHANNELS, shape.featureRows(), shape.featureCols()));
        double[] padded = transposedConvolution(h, ConvShape.FIRST_CHANNELS, 1, shape.middleRows(), shape.middleCols());
        double[] out = new double[shape.rows() * shape.cols()];
        for (int y = 0; y < shape.rows(); y++) {
            for (int x = 0; x < shape.cols(); x++) {
                out[y * shape.cols() + x] = padded[(y + shape.padTop()) * shape.paddedCols() + x + shape.padLeft()];
            }
        }
        return out;
    }

    /** Weights [in, out] column-major, then biases. */
    private double[] dense(double[] in, int outSize) {
        int w = cursor;
        int b = w + in.length * outSize;
        cursor = b + outSize;
        double[] out = new double[outSize];
        for (int j = 0; j < outSize; j++) {
            double s = params[b + j];
            for (int i = 0; i < in.length; i++) {
                s += in[i] * params[w + i + j * in.length];
            }
            out[j] = s;
        }
        return out;
    }

    /** Biases, then weights [out][in][ky][kx]; out[o][y][x] = b_o + sum in[i][2y-1+ky][2x-1+kx] W[o][i][ky][kx]. */
    private double[] convolution(double[] in, int inChannels, int outChannels, int rows, int cols) {
        int b = cursor;
        int w = b + outChannels;
        cursor = w + outChannels * inChannels * K * K;
        int outRows = rows / S;
        int outCols = cols / S;
        double[] out = new double[outChannels * outRows * outCols];
        for (int o = 0; o < outChannels; o++) {
            for (int y = 0; y < outRows; y++) {
                for (int x = 0; x < outCols; x++) {
                    double s = params[b + o];
                    for (int i = 0; i < inChannels; i++) {
                        for (int ky = 0; ky < K; ky++) {
                            for (int kx = 0; kx < K; kx++) {
                                int iy = y * S - P + ky;
                                int ix = x * S - P + kx;
                                if (iy >= 0 && iy < rows && ix >= 0 && ix < cols) {
                                    s += in[(i * rows + iy) * cols + ix] * params[w + ((o * inChannels + i) * K + ky) * K + kx];
                                }
                            }
                        }
                    }
                    out[(o * outRows + y) * outCols + x] = s;
                }
            }
        }
        return out;
    }

    /** Biases, then weights [in][out][ky][kx]; each output gathers the inputs whose kernel reaches it. */
    private double[] transposedConvolution(double[] in, int inChannels, int outChannels, int rows, int cols) {
        int b = cursor;
        int w = b + outChannels;
        cursor = w + inChannels * outChannels * K * K;
        int outRows = rows * S;
        int outCols = cols * S;
        double[] out = new double[outChannels * outRows * outCols];
        for (int o = 0; o < outChannels; o++) {
            for (int oy = 0; oy < outRows; oy++) {
                for (int ox = 0; ox < outCols; ox++) {
                    double s = params[b + o];
                    for (int ky = 0; ky < K; ky++) {
                        for (int kx = 0; kx < K; kx++) {
                            int ty = oy + P - ky;
                            int tx = ox + P - kx;
                            if (ty % S != 0 || tx % S != 0 || ty < 0 || tx < 0 || ty / S >= rows || tx / S >= cols) {
                                continue;
                            }
                            for (int i = 0; i < inChannels; i++) {
                                s += in[(i * rows + ty / S) * cols + tx / S] * params[w + ((i * outChannels + o) * K + ky) * K + kx];
                            }
                        }
                    }
                    out[(o * outRows + oy) * outCols + ox] = s;
                }
            }
        }
        return out;
    }

    private static double[] relu(double[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(0, v[i]);
        }
        return v;
    }
}
