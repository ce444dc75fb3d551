package org.vaeexplorer.model;

/**
 * The decoder's last step for pictures: pixel means p = sigmoid(logit + bias), computed in Java where the
 * JIT turns it into vector instructions, in one pass for bias and sigmoid; libnd4j's sigmoid evaluates one
 * {@code exp} per element and the bias takes a pass of its own (timings in docs/performance.md).
 *
 * <p>sigmoid(x) = (1 + tanh(x/2)) / 2, with tanh from Lambert's continued fraction
 * x / (1 + x^2 / (3 + x^2 / (5 + ...))) cut after 12 levels and multiplied out into a ratio of two
 * polynomials in x^2: only multiplications, additions and one division, which vectorise. On |x/2| <= 9,
 * beyond which tanh is 1 in float, the result is within 3e-7 of the exact sigmoid. That is an absolute error:
 * fine for pixels to draw (a grey level is 1/255), not meant for log-likelihoods of near-black pixels.
 */
final class PixelSigmoid {

    /** tanh(9) rounds to 1 in float: clamping there changes nothing and keeps the polynomials in range. */
    private static final float CLAMP = 9f;

    private PixelSigmoid() {
    }

    /**
     * Replaces each row of {@code logits} (rows of {@code bias.length} values, one after another) by
     * sigmoid(row + bias).
     */
    static void addBiasAndSquash(float[] logits, float[] bias) {
        int width = bias.length;
        if (width == 0 || logits.length % width != 0) {
            throw new IllegalArgumentException(logits.length + " values are not rows of " + width);
        }
        // One row at a time through a buffer indexed like the bias: the JIT vectorises a loop whose arrays
        // share one index, not one that reads logits[offset + j] beside bias[j] (several times slower).
        float[] row = new float[width];
        for (int offset = 0; offset < logits.length; offset += width) {
            System.arraycopy(logits, offset, row, 0, width);
            squash(row, bias);
            System.arraycopy(row, 0, logits, offset, width);
        }
    }

    /** row = sigmoid(row + bias); Horner forms of the continued fraction's numerator and denominator. */
    private static void squash(float[] row, float[] bias) {
        for (int j = 0; j < row.length; j++) {
            float t = Math.max(-CLAMP, Math.min(CLAMP, 0.5f * (row[j] + bias[j])));
            float s = t * t;
            float p = (((((s + 4095f) * s + 2552550f) * s + 523783260f) * s + 41247931725f) * s + 1159525191825f) * s
                    + 7905853580625f;
            float q = (((((91f * s + 120120f) * s + 41351310f) * s + 5237832600f) * s + 252070693875f) * s
                    + 3794809718700f) * s + 7905853580625f;
            row[j] = 0.5f + 0.5f * t * p / q;
        }
    }
}
