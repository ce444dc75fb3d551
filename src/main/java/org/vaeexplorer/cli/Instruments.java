package org.vaeexplorer.cli;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.VaeConfig;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The measuring harnesses behind {@code bench} and {@code soak}, handed in by Main. They are instruments, not
 * the product (package org.vaeexplorer.instruments): the commands here parse, check and print, and nothing in
 * this package depends on them. Each figure is named by its key, as the commands print it.
 */
public interface Instruments {

    /**
     * {@code decode_p50_ms}, {@code decode_p99_ms}, {@code grid400_ms}, {@code encode_test_ms}: the window's
     * decodings and encodings, timed while a second run of {@code config} trains on {@code data} in the background.
     */
    Map<String, Object> inferenceWhileTraining(Dataset data, VaeConfig config) throws InterruptedException;

    /**
     * {@code bench --dl4j-baseline}: {@code config} trained on {@code data} with DL4J's own training path instead
     * of this app's, on the same weights, minibatches and noise; {@code each} receives every epoch's
     * {@code epoch}, {@code seconds}, {@code test_neg_elbo}, {@code reconstruction} and {@code kl}.
     */
    void dl4jBaseline(Dataset data, VaeConfig config, Consumer<Map<String, Object>> each);

    /** This process's peak resident memory in MB (ND4J's native arrays included), or -1 where it cannot be read. */
    long peakResidentMb();

    /**
     * {@code bench --ui}: the window's frame rate and gaps, drag-to-pixels latency and file operations while it
     * trains and its point is dragged, then the launch-to-interactive times of new JVMs.
     */
    Map<String, Object> window();

    /**
     * {@code soak}: the window trains {@code trained} (a fresh model whenever a run ends) for {@code minutes}
     * while dragged and redrawn; {@code each} receives every interval's figures as they come.
     *
     * @return the summary, with {@code memory_flat} and {@code errors}
     */
    Map<String, Object> soak(VaeConfig trained, double minutes, double intervalSeconds,
                             Consumer<Map<String, Object>> each);
}
