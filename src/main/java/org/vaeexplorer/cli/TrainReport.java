package org.vaeexplorer.cli;

import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.train.TrainingOutcome;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What {@code train} prints on stdout when a model is saved: the run in a table, or as one JSON object. */
final class TrainReport {

    private TrainReport() {
    }

    static String epochs(int count) {
        return count + (count == 1 ? " epoch" : " epochs");
    }

    /** "784-400-2 (1068820 parameters)": the encoder's layer sizes; the decoder mirrors them. */
    static String shape(VaeConfig config) {
        return config.describeNetwork() + " (" + ModelStore.parameterCount(config) + " parameters)";
    }

    /** The summary table on stdout, or with {@code json} one JSON object; {@code out} is where the model went. */
    static void print(PrintWriter stdout, boolean json, Path out, VaeConfig config, LoadedData loaded,
                      TrainingOutcome outcome, double seconds) {
        List<EpochRecord> history = outcome.model().history().epochs();
        EpochRecord last = outcome.model().history().last();
        String status = outcome.status().name().toLowerCase(Locale.ROOT);
        if (json) {
            stdout.println(new JsonReport()
                    .hyperparameters(config, loaded.folder())
                    .loss("train", last == null ? null : last.train())
                    .loss("test", last == null ? null : last.test())
                    .put("seconds", seconds)
                    .put("threads", NativeRuntime.threads())
                    .put("out", out.toAbsolutePath().toString())
                    .put("status", status)
                    .put("history", JsonReport.history(history))
                    .toJson());
            return;
        }
        TextTable table = new TextTable()
                .add("model", out.toAbsolutePath().toString())
                .add("status", status + " (" + outcome.message() + ")")
                .add("data", loaded.folder() + " (" + loaded.dataset().train().count() + " train, "
                        + loaded.dataset().test().count() + " test images of " + config.imageRows() + "x"
                        + config.imageCols() + ")")
                .add("network", shape(config))
                .add("training", epochs(config.epochs()) + ", batch " + config.batchSize() + ", lr "
                        + config.learningRate() + ", beta " + config.beta() + " (warm-up " + config.warmupEpochs() + " epochs"
                        + "), seed " + config.seed()
                        + (config.excludedDigit() == null ? "" : ", without the training images of class " + config.excludedDigit()));
        if (last != null) {
            table.add("train neg ELBO", Numbers.lossParts(last.train()) + " (nats/image, epoch " + last.epoch() + ")")
                    .add("test neg ELBO", Numbers.lossParts(last.test()) + " (nats/image)");
        }
        table.add("seconds", Numbers.fixed(seconds, 1)).print(stdout);
    }
}
