package org.vaeexplorer.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A model's training history as CSV, one row per epoch, for a spreadsheet or a plotting script. */
public final class HistoryCsv {

    static final String HEADER = "epoch,iteration,beta,learning_rate,train_neg_elbo,train_reconstruction,train_kl,"
            + "test_neg_elbo,test_reconstruction,test_kl,seconds";

    private HistoryCsv() {
    }

    /**
     * @param batchesPerEpoch minibatches per epoch, so that a row says after which iteration it was taken;
     *                        0 when unknown (the column stays empty)
     */
    public static void write(TrainingHistory history, int batchesPerEpoch, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (EpochRecord r : history.epochs()) {
                String iteration = batchesPerEpoch > 0 ? Long.toString((long) r.epoch() * batchesPerEpoch) : "";
                out.write(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%.3f%n", r.epoch(), iteration,
                        r.beta(), r.learningRate(), r.train().negElbo(), r.train().reconstruction(), r.train().kl(),
                        r.test().negElbo(), r.test().reconstruction(), r.test().kl(), r.seconds()));
            }
        }
    }
}
