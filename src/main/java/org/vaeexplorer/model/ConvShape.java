package org.vaeexplorer.model;

import java.util.List;

/**
 * The layers of the convolutional VAE ({@link Architecture#CONVOLUTIONAL}) for images of {@code rows} x
 * {@code cols}, the shape of the PyTorch reference's ConvVAE:
 * <pre>
 * encoder  x (1 x R x C, zero-padded to a multiple of 4) -> conv 1->32 (4x4, stride 2, padding 1) -> ReLU
 *          -> conv 32->64 (4x4, stride 2, padding 1) -> ReLU -> flatten (64 x R/4 x C/4) -> dense hidden... -> ReLU
 *          -> mu, log sigma^2
 * decoder  z -> dense hidden (reversed)... -> ReLU -> dense 64 x R/4 x C/4 -> ReLU -> transposed conv 64->32 -> ReLU
 *          -> transposed conv 32->1 -> crop to R x C -> Bernoulli logits
 * </pre>
 * A 4x4 kernel with stride 2 and padding 1 halves an even side exactly and a transposed one doubles it, so
 * a side that is a multiple of 4 comes back to its size; any other side is padded with zeros (half before,
 * half after) on the way in and cropped the same way on the way out. MNIST's 28 needs neither.
 */
public record ConvShape(int rows, int cols) {

    public static final int FIRST_CHANNELS = 32;
    public static final int SECOND_CHANNELS = 64;
    public static final int KERNEL = 4;
    public static final int STRIDE = 2;
    public static final int PADDING = 1;
    /** Two strided layers each way. */
    public static final int DOWNSAMPLING = STRIDE * STRIDE;

    public ConvShape {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("image size must be at least 1x1, got " + rows + "x" + cols);
        }
    }

    public static ConvShape of(VaeConfig config) {
        return new ConvShape(config.imageRows(), config.imageCols());
    }

    public int paddedRows() {
        return roundUp(rows);
    }

    public int paddedCols() {
        return roundUp(cols);
    }

    public int padTop() {
        return (paddedRows() - rows) / 2;
    }

    public int padBottom() {
        return paddedRows() - rows - padTop();
    }

    public int padLeft() {
        return (paddedCols() - cols) / 2;
    }

    public int padRight() {
        return paddedCols() - cols - padLeft();
    }

    public boolean needsPadding() {
        return paddedRows() != rows || paddedCols() != cols;
    }

    /** Height and width of the feature maps between the convolutions and the dense layers. */
    public int featureRows() {
        return paddedRows() / DOWNSAMPLING;
    }

    public int featureCols() {
        return paddedCols() / DOWNSAMPLING;
    }

    /** Height and width after the first convolution (before the second transposed one). */
    public int middleRows() {
        return paddedRows() / STRIDE;
    }

    public int middleCols() {
        return paddedCols() / STRIDE;
    }

    /** Values of the flattened feature maps: what the first dense layer reads and the last one writes. */
    public int featureSize() {
        return SECOND_CHANNELS * featureRows() * featureCols();
    }

    public long parameterCount(List<Integer> hidden, int latent) {
        long total = encoderParameterCount(hidden, latent);
        long in = latent;
        for (int i = hidden.size() - 1; i >= 0; i--) {
            total += (in + 1) * hidden.get(i);
            in = hidden.get(i);
        }
        total += (in + 1) * featureSize();
        return total + convolutionParameters(SECOND_CHANNELS, FIRST_CHANNELS) + convolutionParameters(FIRST_CHANNELS, 1);
    }

    /** The encoder's share, which comes first in the flat parameter vector. */
    public long encoderParameterCount(List<Integer> hidden, int latent) {
        long total = convolutionParameters(1, FIRST_CHANNELS) + convolutionParameters(FIRST_CHANNELS, SECOND_CHANNELS);
        long in = featureSize();
        for (int h : hidden) {
            total += (in + 1) * h;
            in = h;
        }
        return total + 2 * (in + 1) * latent;
    }

    private static long convolutionParameters(int in, int out) {
        return (long) in * out * KERNEL * KERNEL + out;
    }

    /**
     * Values one image produces on its way through, counted as for the MLP (each layer's output before and
     * after its ReLU, mean, log-variance, z); the convolutions' unfolded patches are working memory on top.
     */
    public long activationsPerImage(List<Integer> hidden, int latent) {
        long padded = (long) paddedRows() * paddedCols();
        long middle = (long) FIRST_CHANNELS * middleRows() * middleCols();
        long sum = 2 * padded + 2L * rows * cols + 4 * middle + 4L * featureSize() + 3L * latent;
        for (int h : hidden) {
            sum += 4L * h;
        }
        return sum;
    }

    /** "1x28x28 > 32x14x14 > 64x7x7 > 256 > 20", the encoder's way; the decoder goes back. */
    public String describe(List<Integer> hidden, int latent) {
        StringBuilder s = new StringBuilder("1x").append(rows).append('x').append(cols);
        s.append(" > ").append(FIRST_CHANNELS).append('x').append(middleRows()).append('x').append(middleCols());
        s.append(" > ").append(SECOND_CHANNELS).append('x').append(featureRows()).append('x').append(featureCols());
        hidden.forEach(h -> s.append(" > ").append(h));
        return s.append(" > ").append(latent).toString();
    }

    private static int roundUp(int side) {
        return (side + DOWNSAMPLING - 1) / DOWNSAMPLING * DOWNSAMPLING;
    }
}
