package org.vaeexplorer.ui.plane;

/**
 * The posterior means of a minibatch's images before and after one training step, drawn on the plane as
 * arrows from old to new.
 *
 * @param before     {@code count} latent means, row after row
 * @param after      the same images' means after the step, laid out alike
 * @param latentSize the length of each row
 */
public record MovedEncodings(float[] before, float[] after, int count, int latentSize) {

    public MovedEncodings {
        if (before.length != (long) count * latentSize || after.length != before.length) {
            throw new IllegalArgumentException("expected " + count + " rows of " + latentSize + " values before and after");
        }
    }
}
