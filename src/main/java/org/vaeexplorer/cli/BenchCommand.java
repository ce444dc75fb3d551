package org.vaeexplorer.cli;

import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.DatasetException;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.train.Trainer;
import org.vaeexplorer.train.TrainingOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bench}: how fast the default 784-400-2 model trains on the bundled MNIST, and how quickly the
 * window's decode and encode calls answer while a run trains in the background (they share the CPU
 * with it, so that is the figure that matters). {@code --dl4j-baseline} trains the same model with DL4J's own
 * training path instead, the baseline docs/performance.md compares against.
 */
@Command(name = "bench", showDefaultValues = true,
        description = {"Time training, decoding and encoding of the default model on the bundled MNIST.",
            "Trains the 784-400-2 model for the timed epochs, then times decoding and encoding while a second"
                    + " run trains in the background. Prints aligned 'key value' lines (or one JSON object).",
            "With --dl4j-baseline, trains the same model with DL4J's own training path (its gradient, its Adam)"
                    + " on the same weights, minibatches and noise, and prints each epoch's seconds and test"
                    + " negative ELBO."})
final class BenchCommand implements Callable<Integer> {

    private final Instruments instruments;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--epochs", paramLabel = "E", defaultValue = "1",
            description = "Epochs to time; epoch_seconds is their mean.")
    private int epochs;

    @Option(names = "--ui", description = "Also time the window (frame rate, redraws) and add its figures.")
    private boolean ui;

    @Option(names = "--json", description = "Print the result as one JSON object (one per epoch with --dl4j-baseline).")
    private boolean json;

    @Option(names = "--dl4j-baseline", description = "Train with DL4J's own training path instead; print each epoch.")
    private boolean dl4jBaseline;

    @Option(names = "--seed", paramLabel = "S", description = "Seeds initialisation, shuffling and noise"
            + " (default: the model's default seed).")
    private Long seed;

    /** @param instruments the measuring harnesses (handed in by Main), or null where there are none */
    BenchCommand(Instruments instruments) {
        this.instruments = instruments;
    }

    @Override
    public Integer call() throws DatasetException, InterruptedException {
        PrintWriter stderr = spec.commandLine().getErr();
        // Fail before minutes of training, not after.
        if (instruments == null) {
            throw new BadInputException(ui ? "the UI benchmark is not available" : "the benchmark is not available");
        }
        if (dl4jBaseline && ui) {
            throw new BadInputException("--dl4j-baseline times training only; leave out --ui");
        }
        VaeConfig defaults = seed == null ? VaeConfig.defaults() : VaeConfig.defaults().withSeed(seed);
        VaeConfig config;
        try {
            config = defaults.withTraining(defaults.learningRate(), defaults.batchSize(), epochs);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        NativeRuntime.configure();
        LoadedData mnist = LoadedData.load(null);
        if (dl4jBaseline) {
            PrintWriter stdout = spec.commandLine().getOut();
            instruments.dl4jBaseline(mnist.dataset(), config, epoch -> {
                stdout.println(json ? new JsonReport().putAll(epoch).toJson() : baselineLine(epoch));
                stdout.flush(); // an epoch of MNIST takes a while: each line as it comes
            });
            return Cli.EXIT_OK;
        }
        JsonReport report = new JsonReport().put("epochs", epochs);

        ProgressBar bar = new ProgressBar(stderr, ProgressBar.stderrIsTerminal(), System::nanoTime);
        TrainingOutcome timed = TrainCommand.trainToEnd(
                new Trainer(mnist.dataset(), config, null, new ConsoleReporter(bar, epochs)));
        if (!timed.succeeded()) {
            stderr.println(Cli.NAME + ": the timed training did not complete: " + timed.message());
            return timed.status() == TrainingOutcome.Status.DIVERGED ? Cli.EXIT_DIVERGED : Cli.EXIT_FAILURE;
        }
        double epochSeconds = timed.model().history().epochs().stream()
                .mapToDouble(EpochRecord::seconds).average().orElseThrow();
        report.put("epoch_seconds", epochSeconds)
                .put("samples_per_second", mnist.dataset().train().count() / epochSeconds);

        stderr.println("timing decode and encode while a second run trains in the background");
        report.putAll(instruments.inferenceWhileTraining(mnist.dataset(), config))
                .put("peak_rss_mb", instruments.peakResidentMb())
                .put("threads", Nd4j.factory().blas().getMaxThreads())
                .put("cpus", Runtime.getRuntime().availableProcessors())
                .put("nd4j_extension", System.getProperty("org.bytedeco.javacpp.platform.extension"));
        if (ui) {
            stderr.println("timing the window while it trains and its point is dragged, then its launches, each in a new JVM");
            report.putAll(instruments.window());
        }

        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(report.toJson());
        } else {
            TextTable.of(report.asMap()).print(stdout);
        }
        return Cli.EXIT_OK;
    }

    /** "epoch 3  12.70 s  test -ELBO 158.02  recon 151.10  KL 6.92", as the baseline always printed it. */
    static String baselineLine(Map<String, Object> epoch) {
        return String.format(Locale.ROOT, "epoch %d  %.2f s  test -ELBO %.2f  recon %.2f  KL %.2f", epoch.get("epoch"),
                epoch.get("seconds"), epoch.get("test_neg_elbo"), epoch.get("reconstruction"), epoch.get("kl"));
    }
}
