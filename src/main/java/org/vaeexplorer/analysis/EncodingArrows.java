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
     * The largest factor of 1, 2, 5, 10, 20, 50, ... that keeps nine arrows in ten at most {@code longest} long,
     * when a plane unit is {@code pixelsPerUnit} pixels; 1 when they are that long already (or none moved).
     * Moves differ by orders of magnitude between images, so the factor follows the long ones: the short ones
     * stay short, and no arrow crosses the plane.
     */
    public double magnification(double pixelsPerUnit, double longest) {
        double[] lengths = new double[count()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = Math.hypot(toU[i] - fromU[i], toV[i] - fromV[i]) * pixelsPerUnit;
        }
        Arrays.sort(lengths);
        double long90 = lengths.length == 0 ? 0 : lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
        if (long90 <= 0 || long90 >= longest) {
            return 1;
        }
        double factor = 1;
        for (double decade = 1; ; decade *= 10) {
            for (double step : STEPS) {
                if (long90 * step * decade > longest) {
                    return factor;
                }
                factor = step * decade;
            }
        }
    }
}
