package org.vaeexplorer.cli;

import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.DatasetException;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.train.Trainer;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.instruments.InferenceBenchmark;
import org.vaeexplorer.instruments.LatestParams;
import org.vaeexplorer.instruments.LaunchTimer;
import org.vaeexplorer.instruments.PeakMemory;
import org.vaeexplorer.instruments.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bench}: how fast the default 784-400-2 model trains on the bundled MNIST, and how quickly the
 * window's decode and encode calls answer while a run trains in the background (they share the CPU
 * with it, so that is the figure that matters).
 */
@Command(name = "bench", showDefaultValues = true,
        description = {"Time training, decoding and encoding of the default model on the bundled MNIST.",
            "Trains the 784-400-2 model for the timed epochs, then times decoding and encoding while a second"
                    + " run trains in the background. Prints aligned 'key value' lines (or one JSON object)."})
final class BenchCommand implements Callable<Integer> {

    /** Window launches timed by --ui; the median is reported. */
    static final int LAUNCHES = 3;

    private final Supplier<Map<String, Object>> uiBenchmark;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--epochs", paramLabel = "E", defaultValue = "1",
            description = "Epochs to time; epoch_seconds is their mean.")
    private int epochs;

    @Option(names = "--ui", description = "Also time the window (frame rate, redraws) and add its figures.")
    private boolean ui;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    /** @param uiBenchmark measures the window for --ui, or null where there is no UI */
    BenchCommand(Supplier<Map<String, Object>> uiBenchmark) {
        this.uiBenchmark = uiBenchmark;
    }

    @Override
    public Integer call() throws DatasetException, InterruptedException {
        PrintWriter stderr = spec.commandLine().getErr();
        // Fail before minutes of training, not after.
        if (ui && uiBenchmark == null) {
            throw new BadInputException("the UI benchmark is not available");
        }
        VaeConfig defaults = VaeConfig.defaults();
        VaeConfig config;
        try {
            config = defaults.withTraining(defaults.learningRate(), defaults.batchSize(), epochs);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        NativeRuntime.configure();
        LoadedData mnist = LoadedData.load(null);
        JsonReport report = new JsonReport().put("epochs", epochs);

        ProgressBar bar = new ProgressBar(stderr, ProgressBar.stderrIsTerminal(), System::nanoTime);
        TrainingOutcome timed = TrainCommand.trainToEnd(
                new Trainer(mnist.dataset(), config, null, new ConsoleReporter(bar, epochs)));
        if (!timed.succeeded()) {
            stderr.println(Cli.NAME + ": the timed training did not complete: " + timed.message());
            return timed.status() == TrainingOutcome.Status.DIVERGED ? Cli.EXIT_DIVERGED : Cli.EXIT_FAILURE;
        }
        double epochSeconds = Stats.mean(timed.model().history().epochs().stream()
                .mapToDouble(EpochRecord::seconds).toArray());
        report.put("epoch_seconds", epochSeconds)
                .put("samples_per_second", mnist.dataset().train().count() / epochSeconds);

        stderr.println("timing decode and encode while a second run trains in the background");
        report.putAll(measureWhileTraining(mnist, config))
                .put("peak_rss_mb", PeakMemory.peakRssMb())
                .put("threads", Nd4j.factory().blas().getMaxThreads())
                .put("cpus", Runtime.getRuntime().availableProcessors())
                .put("nd4j_extension", System.getProperty("org.bytedeco.javacpp.platform.extension"));
        if (ui) {
            report.putAll(uiBenchmark.get());
            stderr.println("timing 1 + " + LAUNCHES + " launches of the window, each in a new JVM");
            try {
                // The first launch after an install or a build writes the class-sharing archive the later ones
                // read: it is reported apart, and the median is over the launches a user makes every day.
                double first = LaunchTimer.measure(1)[0];
                double[] launches = LaunchTimer.measure(LAUNCHES);
                report.put("launch_first_ms", Math.round(first))
                        .put("launch_to_interactive_ms", Math.round(LaunchTimer.median(launches)))
                        .put("launch_to_interactive_all_ms", Arrays.stream(launches).mapToLong(Math::round).boxed().toList());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("could not time the window's launch: " + e.getMessage(), e);
            }
        }

        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(report.toJson());
        } else {
            TextTable.of(report.asMap()).print(stdout);
        }
        return Cli.EXIT_OK;
    }

    /** Runs the inference timings on this thread while a background run trains for as long as they take. */
    private static Map<String, Object> measureWhileTraining(LoadedData mnist, VaeConfig config)
            throws InterruptedException {
        LatestParams latest = new LatestParams();
        VaeConfig endless = config.withTraining(config.learningRate(), config.batchSize(), VaeConfig.MAX_EPOCHS);
        Trainer background = new Trainer(mnist.dataset(), endless, null, latest);
        background.start();
        try {
            Vae vae = Vae.withParams(config, latest.awaitFirst().params());
            return new InferenceBenchmark(vae, latest::latest).measure(mnist.dataset().test());
        } finally {
            background.stop();
            background.await();
        }
    }
}
