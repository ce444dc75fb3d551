package org.vaeexplorer.analysis;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Vae;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The analysis worker's job: encodes every test image to its latent mean, fits the plane's projection
 * and reconstructs a few test digits. Runs on the worker's thread with the worker's network; keeps the
 * test set as ND4J matrices between runs (building them costs more than encoding them).
 */
public final class LatentAnalyzer {

    /** Rows encoded at once: big enough for fast matrix products, small enough to keep memory flat. */
    static final int CHUNK = 1000;

    /**
     * @param test              the images to place on the plane
     * @param reconstructed     indices of the test digits shown beside their reconstructions
     * @param previous          the plane in use, so principal components keep their signs
     * @param generation        handed back in the result
     */
    public record Query(ImageSet test, int[] reconstructed, LatentProjection previous, long generation) {
    }

    private ImageSet cachedSet;
    private List<INDArray> cachedChunks = List.of();

    /** Runs on one thread with that thread's network {@code vae}. */
    public LatentAnalysis run(Vae vae, Query query) {
        ImageSet test = query.test();
        int n = test.count();
        int d = vae.config().latentSize();
        float[] means = new float[n * d];
        int offset = 0;
        for (INDArray chunk : chunks(test)) {
            float[] part = vae.encodeMeansToFloats(chunk);
            System.arraycopy(part, 0, means, offset, part.length);
            offset += part.length;
        }
        LatentProjection projection = LatentProjection.fit(means, n, d, query.previous());
        float[] u = new float[n];
        float[] v = new float[n];
        projection.project(means, n, u, v);
        LatentScatter scatter = LatentScatter.of(u, v, test.labels());

        int[] shown = query.reconstructed();
        GreyImages originals = new GreyImages(shown.length, test.rows(), test.cols(), test.scaledImages(shown));
        float[] decoded = shown.length == 0 ? new float[0] : vae.reconstructToFloats(test, shown);
        GreyImages reconstructions = new GreyImages(shown.length, test.rows(), test.cols(), decoded);
        return new LatentAnalysis(scatter, projection, originals, reconstructions, query.generation());
    }

    private List<INDArray> chunks(ImageSet test) {
        if (test != cachedSet) {
            List<INDArray> chunks = new ArrayList<>();
            for (int from = 0; from < test.count(); from += CHUNK) {
                chunks.add(ImageMatrix.range(test, from, Math.min(test.count(), from + CHUNK)));
            }
            cachedChunks = chunks;
            cachedSet = test;
        }
        return cachedChunks;
    }

    /** The first test image of each digit class, in class order: one of each for the reconstruction row. */
    public static int[] onePerClass(ImageSet test, int wanted) {
        int[] found = new int[ImageSet.NUM_CLASSES];
        Arrays.fill(found, -1);
        int seen = 0;
        for (int i = 0; i < test.count() && seen < ImageSet.NUM_CLASSES; i++) {
            if (found[test.label(i)] < 0) {
                found[test.label(i)] = i;
                seen++;
            }
        }
        return Arrays.stream(found).filter(i -> i >= 0).limit(wanted).toArray();
    }
}
