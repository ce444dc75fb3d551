package org.vaeexplorer.cli;

import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.DatasetException;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.model.Architecture;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bench}: how fast the default 784-400-2 model (or, with {@code --arch conv}, the convolutional VAE
 * of the PyTorch reference's shape) trains on the bundled MNIST, and how quickly the window's decode and
 * encode calls answer while a run trains in the background (they share the CPU with it, so that is the
 * figure that matters). {@code --dl4j-baseline} trains the same model with DL4J's own
 * training path instead, the baseline docs/performance.md compares against.
 */
@Command(name = "bench", showDefaultValues = true,
        description = {"Time training, decoding and encoding of the default model on the bundled MNIST.",
            "Trains the 784-400-2 model (--arch conv: the convolutional VAE, latent 20, hidden 256) for the timed"
                    + " epochs, then times decoding and encoding while a second run trains in the background."
                    + " Prints aligned 'key value' lines (or one JSON object).",
            "With --dl4j-baseline, trains the same model with DL4J's own training path (its gradient, its Adam)"
                    + " on the same weights, minibatches and noise, and prints each epoch's seconds and test"
                    + " negative ELBO."})
final class BenchCommand implements Callable<Integer> {

    /** The reference's convolutional figures are for {@code --arch conv --latent 20 --hidden 256}. */
    static final int CONV_LATENT = 20;
    static final int CONV_HIDDEN = 256;
    /** A test negative ELBO at which the default model's latent map is worth showing a class. */
    static final double PICTURE_NATS = 165;

    private final Instruments instruments;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--epochs", paramLabel = "E", defaultValue = "1",
            description = "Epochs to time; epoch_seconds is their mean.")
    private int epochs;

    @Option(names = "--ui", description = "Also time the window (frame rate, redraws) and add its figures.")
    private boolean ui;

    @Option(names = "--json", description = "Print the result as one JSON object (one per epoch with --dl4j-baseline).")
    private boolean json;

    @Option(names = "--dl4j-baseline", description = "Train with DL4J's own training path instead; print each epoch.")
    private boolean dl4jBaseline;

    @Option(names = "--arch", paramLabel = "A", defaultValue = "mlp",
            description = "mlp: the default 784-400-2 model; conv: the convolutional VAE of the PyTorch reference's"
                    + " --arch conv --latent 20 --hidden 256.")
    private String architecture;

    @Option(names = "--latent", paramLabel = "N", description = "Latent size of the timed model (default: 2, or 20"
            + " with --arch conv), e.g. 20 to time the 784-400-20 MLP against the reference's --latent 20.")
    private Integer latent;

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
        VaeConfig config;
        try {
            config = timedModel(Architecture.fromName(architecture), latent, seed, epochs);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        if (dl4jBaseline && config.architecture() != Architecture.MLP) {
            throw new BadInputException("--dl4j-baseline trains DL4J's own VAE layer, which is MLP only; leave out --arch "
                    + architecture);
        }
        if (ui && config.architecture() != Architecture.MLP) {
            throw new BadInputException("--ui times the window with the shipped MLP model; leave out --arch " + architecture);
        }
        threads.apply();
        LoadedData mnist = LoadedData.load(null);
        if (dl4jBaseline) {
            PrintWriter stdout = spec.commandLine().getOut();
            instruments.dl4jBaseline(mnist.dataset(), config, epoch -> {
                stdout.println(json ? new JsonReport().putAll(epoch).toJson() : baselineLine(epoch));
                stdout.flush(); // an epoch of MNIST takes a while: each line as it comes
            });
            return Cli.EXIT_OK;
        }
        JsonReport report = new JsonReport().put("arch", config.architecture().cliName())
                .put("latent", config.latentSize()).put("epochs", epochs);

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
                .put("samples_per_second", mnist.dataset().train().count() / epochSeconds)
                .put("seconds_to_test_elbo_165", secondsToPicture(timed.model().history().epochs()));

        stderr.println("timing decode and encode while a second run trains in the background");
        report.putAll(instruments.inferenceWhileTraining(mnist.dataset(), config))
                .put("peak_rss_mb", instruments.peakResidentMb())
                .put("threads", Nd4j.factory().blas().getMaxThreads())
                .put("cpus", Runtime.getRuntime().availableProcessors())
                .put("nd4j_extension", System.getProperty("org.bytedeco.javacpp.platform.extension"))
                .put("nd4j_build", NativeRuntime.nativeBuild())
                .put("cpu_model", NativeRuntime.cpuModel())
                .put("cpu_vector_extensions", NativeRuntime.vectorExtensions())
                .put("blas_kernels", NativeRuntime.blasKernels());
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

    /**
     * The model bench times: the default one, or for {@code conv} the shape the PyTorch reference's conv figures
     * are quoted for (latent 20, hidden 256), so the two are compared like for like.
     */
    static VaeConfig timedModel(Architecture architecture, Long seed, int epochs) {
        return timedModel(architecture, null, seed, epochs);
    }

    /** As {@link #timedModel(Architecture, Long, int)}, with another latent size where {@code latent} is not null. */
    static VaeConfig timedModel(Architecture architecture, Integer latent, Long seed, int epochs) {
        VaeConfig defaults = seed == null ? VaeConfig.defaults() : VaeConfig.defaults().withSeed(seed);
        VaeConfig shaped = architecture == Architecture.MLP ? defaults
                : defaults.withArchitecture(architecture).withLatentSize(CONV_LATENT).withHiddenSizes(List.of(CONV_HIDDEN));
        VaeConfig sized = latent == null ? shaped : shaped.withLatentSize(latent);
        return sized.withTraining(sized.learningRate(), sized.batchSize(), epochs);
    }

    /**
     * Training seconds until the end of the first epoch whose test negative ELBO is below {@value #PICTURE_NATS}
     * nats, when the default model's map is worth showing a class; null when the timed epochs never got there
     * (the default model needs two: {@code --epochs 2}).
     */
    static Double secondsToPicture(List<EpochRecord> epochs) {
        double seconds = 0;
        for (EpochRecord epoch : epochs) {
            seconds += epoch.seconds();
            if (epoch.test() != null && epoch.test().negElbo() < PICTURE_NATS) {
                return seconds;
            }
        }
        return null;
    }

    static String baselineLine(Map<String, Object> epoch) {
        return String.format(Locale.ROOT, "epoch %d  %.2f s  test -ELBO %.2f  recon %.2f  KL %.2f", epoch.get("epoch"),
                epoch.get("seconds"), epoch.get("test_neg_elbo"), epoch.get("reconstruction"), epoch.get("kl"));
    }
}
