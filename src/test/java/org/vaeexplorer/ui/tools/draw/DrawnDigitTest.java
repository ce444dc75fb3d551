package org.vaeexplorer.ui.tools.draw;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.analysis.LatentPaths;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;

import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Digits drawn as a mouse draws them (thin polylines, small, off centre), with the default brush, are read
 * as their class by the shipped 2-D model once framed as MNIST: their μ lies nearest their class's mean μ
 * over the MNIST test set.
 */
class DrawnDigitTest {

    private static Vae vae;
    private static ModelParams params;
    private static float[][] classMeans;

    @BeforeAll
    static void shippedModelAndClassMeans() throws Exception {
        ModelFile shipped = ModelStore.load(Path.of("models", "mnist-latent2.zip"));
        params = ModelParams.frozen(shipped.config(), shipped.params());
        vae = Vae.withParams(shipped.config(), shipped.params());
        Dataset mnist = DatasetLoader.loadBundledMnist();
        ImageSet test = mnist.test();
        int[] all = IntStream.range(0, test.count()).toArray();
        float[] mu = ImageMatrix.toFloats(vae.encodeMean(
                Nd4j.create(test.scaledImages(all), new long[] {all.length, test.pixelsPerImage()}, 'c')));
        classMeans = new float[ImageSet.NUM_CLASSES][2];
        int[] counts = new int[ImageSet.NUM_CLASSES];
        for (int i : all) {
            int c = test.label(i);
            counts[c]++;
            classMeans[c][0] += mu[2 * i];
            classMeans[c][1] += mu[2 * i + 1];
        }
        for (int c = 0; c < counts.length; c++) {
            classMeans[c][0] /= counts[c];
            classMeans[c][1] /= counts[c];
        }
    }

    /** Draws the polyline through {@code points} (pad fractions x, y, ...) in small steps, as mouse drags do. */
    private static DrawingPadViewModel drawn(double... points) {
        SynchronousBackgroundExecutor executor = new SynchronousBackgroundExecutor();
        LatentPlaneViewModel plane = new LatentPlaneViewModel(executor);
        plane.setModel(params);
        DrawingPadViewModel pad = new DrawingPadViewModel(plane, executor, Runnable::run);
        pad.activeProperty().set(true);
        for (int p = 0; p + 3 < points.length; p += 2) {
            for (int s = 0; s <= 20; s++) {
                double t = s / 20.0;
                pad.paint(points[p] + t * (points[p + 2] - points[p]), points[p + 1] + t * (points[p + 3] - points[p + 1]), false);
            }
        }
        return pad;
    }

    private static int nearestClass(float[] pixels) {
        float[] mu = LatentPaths.encodeMean(vae, pixels);
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int c = 0; c < classMeans.length; c++) {
            double d = Math.hypot(mu[0] - classMeans[c][0], mu[1] - classMeans[c][1]);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    @Test
    void aSmallOffCentreSevenAndOneReadAsTheirClassOnceFramed() {
        DrawingPadViewModel seven = drawn(0.12, 0.12, 0.52, 0.12, 0.3, 0.62); // top left, half the pad
        DrawingPadViewModel one = drawn(0.75, 0.45, 0.72, 0.9);

        int sevenRaw = nearestClass(seven.drawingProperty().get().pixels());
        int sevenFramed = nearestClass(seven.framedProperty().get().pixels());
        int oneFramed = nearestClass(one.framedProperty().get().pixels());

        assertThat(sevenRaw).as("the unframed drawing, as the encoder read it before").isNotEqualTo(7);
        assertThat(sevenFramed).isEqualTo(7);
        assertThat(oneFramed).isEqualTo(1);
    }
}
