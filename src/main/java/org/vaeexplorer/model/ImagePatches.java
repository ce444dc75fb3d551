package org.vaeexplorer.model;

import java.util.Arrays;

/**
 * im2col in Java: the patches a kernel sees at every position of a batch of images, laid out as
 * [channels, kH, kW, batch, outRows, outCols] (row-major), so that as the matrix [channels x kH x kW,
 * batch x outRows x outCols] a convolution is one product with its weights.
 *
 * <p>Why not libnd4j's {@code im2col}: it writes this layout through a permuted view, one element at a time
 * with index arithmetic for each, and took most of a millisecond per hundred thousand values; this loop writes
 * each row of patches in order (docs/performance.md).
 */
final class ImagePatches {

    private ImagePatches() {
    }

    /**
     * @param images  [batch, channels, rows, cols], row-major
     * @param kernel  kH, kW; {@code stride} sH, sW; {@code padding} pH, pW (zeros outside the image)
     * @param patches filled: channels x kH x kW x batch x outRows x outCols values
     */
    static void unfold(float[] images, int batch, int channels, int rows, int cols, int[] kernel, int[] stride,
                       int[] padding, int outRows, int outCols, float[] patches) {
        int kH = kernel[0];
        int kW = kernel[1];
        int imageSize = rows * cols;
        if (images.length != batch * channels * imageSize || patches.length != channels * kH * kW * batch * outRows * outCols) {
            throw new IllegalArgumentException(images.length + " image values and " + patches.length
                    + " patch values do not fit " + batch + " x " + channels + " x " + rows + " x " + cols + " images");
        }
        int out = 0;
        for (int c = 0; c < channels; c++) {
            for (int ky = 0; ky < kH; ky++) {
                for (int kx = 0; kx < kW; kx++) {
                    for (int b = 0; b < batch; b++) {
                        int image = (b * channels + c) * imageSize;
                        for (int oy = 0; oy < outRows; oy++) {
                            int iy = oy * stride[0] - padding[0] + ky;
                            if (iy < 0 || iy >= rows) {
                                Arrays.fill(patches, out, out + outCols, 0f);
                                out += outCols;
                                continue;
                            }
                            int row = image + iy * cols;
                            for (int ox = 0; ox < outCols; ox++) {
                                int ix = ox * stride[1] - padding[1] + kx;
                                patches[out++] = ix >= 0 && ix < cols ? images[row + ix] : 0f;
                            }
                        }
                    }
                }
            }
        }
    }
}
