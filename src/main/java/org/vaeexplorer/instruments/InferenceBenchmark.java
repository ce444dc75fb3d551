package org.vaeexplorer.instruments;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.PointDecoder;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.train.ParamsSnapshot;
import org.vaeexplorer.train.Trainer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Times what the window computes while a run trains: decode one dragged latent point (in plain Java from
 * the newest snapshot, as the window's own thread does), decode the latent grid and encode the test set for
 * the scatter plot (with a network of its own, as the window's workers do, refreshed from the run's newest
 * snapshot between, never during, timed calls).
 *
 * <p>Every timed call includes copying the pixels out of native memory, since the window needs them.
 */
final class InferenceBenchmark {

    static final int DECODE_WARMUP = 200;
    static final int DECODE_RUNS = 1000;
    /**
     * A dragged point is decoded once per mouse event, about every 7.3 ms (137 a second, as {@code bench --ui}
     * drags); back to back, 1000 decodings would be a busy loop no window runs, and the figure would be the
     * scheduler's (two runnable threads per core: its time slices of ~4 ms showed as the p99).
     */
    static final long DRAG_PERIOD_NANOS = 7_300_000;
    static final int GRID_SIDE = 20;
    /** The grid spans [-EXTENT, EXTENT] in the first two latent dimensions: nearly all of N(0, 1)'s mass. */
    static final double GRID_EXTENT = 3.0;
    static final int GRID_WARMUP = 5;
    static final int GRID_RUNS = 50;
    static final int ENCODE_WARMUP = 1;
    static final int ENCODE_RUNS = 5;

    private final Vae vae;
    private final PointDecoder pointDecoder;
    private final Supplier<ParamsSnapshot> latest;
    private ParamsSnapshot applied;

    /**
     * @param vae    a network of its own; only the calling thread may use it
     * @param latest the run's newest snapshot, never null: the caller waits for the run's first
     */
    private InferenceBenchmark(Vae vae, Supplier<ParamsSnapshot> latest) {
        this.vae = vae;
        this.pointDecoder = new PointDecoder(vae.config());
        this.latest = latest;
    }

    /**
     * Runs the timings on this thread while a background run of {@code config} trains on {@code data} for as
     * long as they take (the window's decodings share the CPU with training, so that is the figure that matters).
     */
    static Map<String, Object> whileTraining(Dataset data, VaeConfig config) throws InterruptedException {
        LatestParams latest = new LatestParams();
        VaeConfig endless = config.withTraining(config.learningRate(), config.batchSize(), VaeConfig.MAX_EPOCHS);
        Trainer background = new Trainer(data, endless, null, latest);
        background.start();
        try {
            Vae vae = Vae.withParams(config, latest.awaitFirst().params());
            return new InferenceBenchmark(vae, latest::latest).measure(data.test());
        } finally {
            background.stop();
            background.await();
        }
    }

    /** decode_p50_ms, decode_p99_ms, grid400_ms (the GRID_SIDE x GRID_SIDE grid) and encode_test_ms. */
    private Map<String, Object> measure(ImageSet test) {
        Map<String, Object> results = new LinkedHashMap<>();
        float[] point = grid(1, 0.5);
        float[][] params = new float[1][];
        // The point decoder reads the snapshot itself: no network to refresh.
        double[] decode = time(DECODE_WARMUP, DECODE_RUNS, DRAG_PERIOD_NANOS, () -> params[0] = latest.get().params(),
                () -> pointDecoder.decode(params[0], point));
        results.put("decode_p50_ms", Stats.percentile(decode, 50));
        results.put("decode_p99_ms", Stats.percentile(decode, 99));
        // As the window's manifold decodes it: pixel means as a Java array, scratch memory reset after.
        float[] grid = grid(GRID_SIDE, GRID_EXTENT);
        results.put("grid400_ms", Stats.median(time(GRID_WARMUP, GRID_RUNS, 0, this::refresh,
                () -> vae.decodeToFloats(grid, GRID_SIDE * GRID_SIDE))));
        INDArray images = ImageMatrix.range(test, 0, test.count());
        results.put("encode_test_ms", Stats.median(time(ENCODE_WARMUP, ENCODE_RUNS, 0, this::refresh,
                () -> ImageMatrix.toFloats(vae.encodeMean(images)))));
        return results;
    }

    /**
     * Times {@code work}, each run after {@code prepare} (untimed: taking the run's newest parameters, which
     * the window does between decodings too), starting a run at most every {@code periodNanos}.
     */
    private static double[] time(int warmup, int runs, long periodNanos, Runnable prepare, Supplier<float[]> work) {
        double[] millis = new double[runs];
        long next = System.nanoTime();
        for (int i = -warmup; i < runs; i++) {
            LockSupport.parkNanos(next - System.nanoTime());
            next = System.nanoTime() + periodNanos;
            prepare.run();
            long start = System.nanoTime();
            work.get();
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / Stats.NANOS_PER_MS;
            }
        }
        return millis;
    }

    /** Takes the run's newest parameters into the network if they changed: the training keeps improving the model meanwhile. */
    private void refresh() {
        ParamsSnapshot newest = latest.get();
        if (newest != applied) {
            vae.setParams(newest.params());
            applied = newest;
        }
    }

    /**
     * {@code side * side} latent points on a regular grid over [-extent, extent] in the first two latent
     * dimensions (0 in any others), row after row; one point at (extent, extent) when side is 1.
     */
    private float[] grid(int side, double extent) {
        int latent = vae.config().latentSize();
        float[] points = new float[side * side * latent];
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                int offset = (row * side + col) * latent;
                points[offset] = (float) coordinate(col, side, extent);
                if (latent > 1) {
                    points[offset + 1] = (float) coordinate(row, side, extent);
                }
            }
        }
        return points;
    }

    private static double coordinate(int index, int side, double extent) {
        return side == 1 ? extent : -extent + 2 * extent * index / (side - 1);
    }
}
