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
import java.util.concurrent.Callable;

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

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

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

}
