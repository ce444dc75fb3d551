package org.vaeexplorer.store;

import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.InvalidValueException;

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
            // a model file's header holds the count: a damaged file can bring any
            throw new InvalidValueException(Fault.of("store.snapshotSplit", pixels.length, count));
        }
    }

    public int pixelsPerImage() {
        return pixels.length / count;
    }
}
