package org.vaeexplorer.analysis;

import java.util.Arrays;

/**
 * Arrows on the plane from where a training step found each image's encoding to where it left it, and how much
 * to lengthen them: one Adam step moves an encoding by a fraction of a pixel, which nobody could see, so the
 * arrows are drawn longer by a round factor that the plane states.
 *
 * @param fromU plane coordinates of each arrow's tail (the encoding before the step), first axis
 * @param fromV the same, second axis
 * @param toU   plane coordinates of the encoding after the step, first axis
 * @param toV   the same, second axis
 */
public record EncodingArrows(float[] fromU, float[] fromV, float[] toU, float[] toV) {

    /** The 1-2-5 factors the arrows may be lengthened by. */
    private static final double[] STEPS = {1, 2, 5};

    /** Projects {@code count} latent rows before and after onto {@code projection}'s plane. */
    public static EncodingArrows of(LatentProjection projection, float[] before, float[] after, int count) {
        float[] fromU = new float[count];
        float[] fromV = new float[count];
        float[] toU = new float[count];
        float[] toV = new float[count];
        projection.project(before, count, fromU, fromV);
        projection.project(after, count, toU, toV);
        return new EncodingArrows(fromU, fromV, toU, toV);
    }

    public int count() {
        return fromU.length;
    }

    /**
     * The smallest factor of 1, 2, 5, 10, 20, 50, ... that makes the median arrow at least {@code wanted} long,
     * when a plane unit is {@code pixelsPerUnit} pixels; 1 when the arrows are long enough already (or none moved).
     */
    public double magnification(double pixelsPerUnit, double wanted) {
        double[] lengths = new double[count()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = Math.hypot(toU[i] - fromU[i], toV[i] - fromV[i]) * pixelsPerUnit;
        }
        Arrays.sort(lengths);
        double median = lengths.length == 0 ? 0 : lengths[lengths.length / 2];
        if (median <= 0 || median >= wanted) {
            return 1;
        }
        for (double decade = 1; ; decade *= 10) {
            for (double step : STEPS) {
                if (median * step * decade >= wanted) {
                    return step * decade;
                }
            }
        }
    }
}
