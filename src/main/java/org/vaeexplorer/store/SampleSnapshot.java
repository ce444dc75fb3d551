package org.vaeexplorer.store;

/**
 * Decodings of the run's fixed latent samples at one moment of training: the "blurry to sharp" strip.
 *
 * @param iteration  minibatches done when the snapshot was taken
 * @param epochs     fractional epochs done
 * @param pixels     {@code count} images, row-major, pixel means in [0,1]
 */
public record SampleSnapshot(long iteration, double epochs, int count, float[] pixels) {

    public SampleSnapshot {
        if (count <= 0 || pixels.length % count != 0) {
            throw new IllegalArgumentException(pixels.length + " pixels do not split into " + count + " images");
        }
    }

    public int pixelsPerImage() {
        return pixels.length / count;
    }
}
