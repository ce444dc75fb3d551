package org.vaeexplorer.cli;

import org.vaeexplorer.data.DatasetException;
import org.vaeexplorer.evaluation.DigitClassifier;
import org.vaeexplorer.model.NativeRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code train-classifier}: trains the digit classifier that {@code evaluate --full} judges samples with, on the
 * calling thread (the network is used by that thread only), and prints its test accuracy.
 */
@Command(name = "train-classifier",
        description = {"Train the digit classifier that evaluate --full judges a VAE's samples with.",
            "A small CNN (conv 5x5x20, max-pool, conv 5x5x50, max-pool, dense 128, softmax), Adam; prints its test accuracy."})
final class ClassifierCommand implements Callable<Integer> {

    /** Where the shipped classifier lives, beside the shipped VAEs; evaluate --full reads it by default. */
    static final Path SHIPPED = DigitClassifier.SHIPPED;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Mixin
    private DataOption data;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "2", description = "Passes over the training set (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64", description = "Minibatch size (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the weights and the shuffling (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to save the classifier (default: " + "models/mnist-classifier.zip).")
    private Path out = SHIPPED;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws DatasetException, IOException {
        if (epochs < 1 || batch < 1) {
            throw new BadInputException("--epochs and --batch must be at least 1, got " + epochs + " and " + batch);
        }
        NativeRuntime.configure();
        LoadedData loaded = data.load();
        PrintWriter stderr = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(stderr, ProgressBar.stderrIsTerminal(), System::nanoTime);
        long start = System.nanoTime();
        DigitClassifier classifier = DigitClassifier.create(loaded.dataset().rows(), loaded.dataset().cols(), seed);
        double[] accuracy = new double[1];
        classifier.train(loaded.dataset().train(), epochs, batch, seed, new DigitClassifier.TrainingListener() {
            @Override
            public void minibatchDone(int epoch, int b, int perEpoch, double loss) {
                bar.show(() -> "classifier epoch " + (epoch + 1) + "/" + epochs + "  batch " + b + "/" + perEpoch
                        + "  loss " + Numbers.fixed(loss, 4) + "  " + Numbers.duration((System.nanoTime() - start) / 1e9)
                        + " so far", false);
            }

            @Override
            public void epochDone(int epoch) {
                // Saved after every epoch, so a long run that is stopped still leaves its best-so-far classifier.
                accuracy[0] = classifier.accuracy(loaded.dataset().test());
                saveTo(classifier);
                bar.println("classifier epoch " + (epoch + 1) + "/" + epochs + ": test accuracy "
                        + Numbers.fixed(accuracy[0] * 100, 2) + "%, saved to " + out);
            }
        });
        bar.finish();

        PrintWriter stdout = spec.commandLine().getOut();
        JsonReport report = new JsonReport()
                .put("classifier", out.toAbsolutePath().toString())
                .put("classifier_test_accuracy", accuracy[0])
                .put("epochs", epochs)
                .put("batch", batch)
                .put("seed", seed)
                .put("data", loaded.folder().toString())
                .put("seconds", (System.nanoTime() - start) / 1e9);
        if (json) {
            stdout.println(report.toJson());
        } else {
            TextTable.of(report.asMap()).print(stdout);
        }
        return Cli.EXIT_OK;
    }

    private void saveTo(DigitClassifier classifier) {
        try {
            classifier.save(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(out + ": cannot save the classifier: " + e.getMessage(), e);
        }
    }
}
