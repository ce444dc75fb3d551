package org.vaeexplorer.cli;

import org.vaeexplorer.data.DatasetException;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelFileException;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.train.Trainer;
import org.vaeexplorer.train.TrainingListener;
import org.vaeexplorer.train.TrainingOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code train}: trains a new model from scratch and saves it, or ({@code --resume}) continues a run that was
 * interrupted. An existing model at {@code --out} is replaced, never continued: a command line that silently
 * resumed whatever file happened to be there would give different results for the same arguments.
 *
 * <p>While it trains, the run is checkpointed beside its output ({@code FILE.checkpoint}) at every epoch end
 * and every {@code --checkpoint-seconds}; the checkpoint is deleted once the model is saved. A run killed in
 * between resumes from its checkpoint with {@code train --resume FILE} and ends as it would have without
 * the interruption.
 */
@Command(name = "train", showDefaultValues = true,
        defaultValueProvider = ConfigDefaults.class,
        description = {"Train a new VAE and save it, or continue an interrupted run (--resume).",
            "Shows progress and one line per epoch on stderr; prints a summary (or one JSON object) on stdout."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder with the four MNIST-style IDX files (default: the bundled MNIST).")
    private Path data;

    @Option(names = "--arch", paramLabel = "A",
            description = "Encoder and decoder: mlp (dense layers) or conv (two convolutions each way, then --hidden dense layers).")
    private String architecture;

    @Option(names = "--latent", paramLabel = "N", description = "Dimension of the latent space z.")
    private int latent;

    @Option(names = "--hidden", paramLabel = "H", split = ",",
            description = "Encoder hidden layer sizes, input side first (e.g. 512,256); the decoder mirrors them.")
    private List<Integer> hidden;

    @Option(names = "--epochs", paramLabel = "E", description = "Passes over the training set.")
    private int epochs;

    @Option(names = "--batch", paramLabel = "B", description = "Images per minibatch.")
    private int batch;

    @Option(names = "--lr", paramLabel = "LR", description = "Adam learning rate.")
    private double learningRate;

    @Option(names = "--beta", paramLabel = "B", description = "Weight of the KL term (1 = the plain ELBO).")
    private double beta;

    @Option(names = "--warmup-epochs", paramLabel = "W",
            description = "Epochs over which the KL weight ramps up linearly from 0 to --beta.")
    private double warmupEpochs;

    @Option(names = "--seed", paramLabel = "S", description = "Seeds initialisation, shuffling and noise.")
    private long seed;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to save the model (replaced if it exists); checkpoints go to FILE.checkpoint.")
    private Path out;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "Continue the interrupted run whose --out was FILE, from FILE.checkpoint, with its own hyperparameters.")
    private Path resume;

    @Option(names = "--checkpoint-seconds", paramLabel = "S", defaultValue = "60",
            description = "Longest time between two checkpoints; one is also saved at every epoch end.")
    private double checkpointSeconds;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws DatasetException, ModelFileException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        // Check everything that is cheap to check before spending a second on loading data.
        Duration checkpointEvery = checkpointInterval();
        ModelFile resumed = resume != null ? checkpointToResume(stderr) : null;
        VaeConfig asked = resumed != null ? resumed.config() : hyperparameters();
        if (resumed == null) {
            checkOutput(stderr);
        }
        LoadedData loaded = LoadedData.load(data);
        VaeConfig config = withImageSizeOf(asked, loaded);

        NativeRuntime.configure();
        ProgressBar bar = new ProgressBar(stderr, ProgressBar.stderrIsTerminal(), System::nanoTime);
        Path checkpoint = checkpointFile(out);
        TrainingListener listener = TrainingListener.all(new ConsoleReporter(bar, config.epochs()),
                new CheckpointWriter(checkpoint, bar));
        Trainer trainer;
        try {
            trainer = new Trainer(loaded.dataset(), config, resumed, listener, checkpointEvery);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(checkpoint + ": cannot continue on " + loaded.folder() + ": " + e.getMessage(), e);
        }
        long start = System.nanoTime();
        TrainingOutcome outcome = trainToEnd(trainer);
        double seconds = (System.nanoTime() - start) / 1e9;

        if (outcome.model() == null) {
            stderr.println(Cli.NAME + ": " + outcome.message() + (Files.exists(checkpoint)
                    ? " The last checkpoint is kept: continue with train --resume " + out + "." : ""));
            return Cli.EXIT_FAILURE;
        }
        // Also after a divergence: the outcome then holds the last good parameters, worth keeping.
        ModelStore.save(out, outcome.model());
        deleteCheckpoint(checkpoint, stderr);
        report(stdout, config, loaded, outcome, seconds);
        if (!outcome.succeeded()) {
            stderr.println(Cli.NAME + ": " + outcome.message() + " Saved to " + out + ".");
        }
        return exitCode(outcome.status());
    }

    /** The checkpoint of the run whose output is {@code out}: {@code out} with ".checkpoint" appended. */
    static Path checkpointFile(Path out) {
        return out.resolveSibling(out.getFileName() + ".checkpoint");
    }

    private Duration checkpointInterval() {
        if (!(checkpointSeconds >= 0) || checkpointSeconds > 86_400) {
            throw new BadInputException("--checkpoint-seconds must be between 0 and 86400, got " + checkpointSeconds);
        }
        return Duration.ofNanos(Math.round(checkpointSeconds * 1e9));
    }

    /**
     * For {@code --resume FILE}: FILE.checkpoint, loaded. The run keeps its own hyperparameters, so options
     * that would change them are refused rather than silently ignored.
     */
    private ModelFile checkpointToResume(PrintWriter stderr) throws ModelFileException {
        if (out != null && !out.toAbsolutePath().normalize().equals(resume.toAbsolutePath().normalize())) {
            throw new BadInputException("--resume " + resume + " continues the run whose --out was " + resume
                    + " and saves it there; drop --out " + out);
        }
        List<String> changed = HYPERPARAMETER_OPTIONS.stream()
                .filter(name -> spec.commandLine().getParseResult().hasMatchedOption(name)).toList();
        if (!changed.isEmpty()) {
            throw new BadInputException("--resume continues a run with its own hyperparameters; drop "
                    + String.join(", ", changed));
        }
        out = resume;
        Path checkpoint = checkpointFile(resume);
        if (!Files.exists(checkpoint)) {
            throw new BadInputException(checkpoint + ": no such checkpoint, so no interrupted run of " + resume
                    + " to resume" + (Files.exists(resume) ? " (" + resume + " holds a finished run)" : ""));
        }
        ModelFile file = ModelStore.load(checkpoint);
        if (!file.isCheckpoint()) {
            throw new BadInputException(checkpoint + ": holds a finished model, not an interrupted run");
        }
        stderr.println("resuming " + resume + " at " + file.position().describe() + " of " + file.config().epochs());
        return file;
    }

    private static final List<String> HYPERPARAMETER_OPTIONS = List.of(
            "--arch", "--latent", "--hidden", "--epochs", "--batch", "--lr", "--beta", "--warmup-epochs", "--seed");

    private static void deleteCheckpoint(Path checkpoint, PrintWriter stderr) {
        try {
            Files.deleteIfExists(checkpoint);
        } catch (IOException e) {
            stderr.println("note: the model is saved, but its checkpoint " + checkpoint + " could not be deleted ("
                    + e.getMessage() + ")");
        }
    }

    /** Starts the run and waits for its end on this thread; an interrupted wait stops the run too. */
    static TrainingOutcome trainToEnd(Trainer trainer) throws InterruptedException {
        trainer.start();
        try {
            return trainer.await();
        } catch (InterruptedException e) {
            trainer.stop();
            throw e;
        }
    }

    static int exitCode(TrainingOutcome.Status status) {
        return switch (status) {
            case COMPLETED -> Cli.EXIT_OK;
            case DIVERGED -> Cli.EXIT_DIVERGED;
            case STOPPED, FAILED -> Cli.EXIT_FAILURE;
        };
    }

    static String epochs(int count) {
        return count + (count == 1 ? " epoch" : " epochs");
    }

    /** The options as a config; the image size is MNIST's until the data is loaded. */
    private VaeConfig hyperparameters() {
        try {
            return VaeConfig.defaults()
                    .withArchitecture(Architecture.fromName(architecture))
                    .withHiddenSizes(hidden)
                    .withLatentSize(latent)
                    .withTraining(learningRate, batch, epochs)
                    .withBeta(beta, warmupEpochs)
                    .withSeed(seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private static VaeConfig withImageSizeOf(VaeConfig config, LoadedData loaded) {
        try {
            return config.withImageSize(loaded.dataset().rows(), loaded.dataset().cols());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(loaded.folder() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses an output that would fail only after training (a folder), or whose overwriting would destroy
     * something that is not a model; says so when a model is about to be replaced.
     */
    private void checkOutput(PrintWriter stderr) {
        if (out == null) {
            throw new BadInputException("train needs --out FILE (a new run) or --resume FILE (an interrupted one)");
        }
        Path checkpoint = checkpointFile(out);
        if (Files.exists(checkpoint)) {
            throw new BadInputException(checkpoint + ": an interrupted run of " + out + " is checkpointed there;"
                    + " continue it with train --resume " + out + ", or delete the checkpoint to start a new run");
        }
        if (Files.isDirectory(out)) {
            throw new BadInputException(out + ": is a folder; --out needs a file name");
        }
        if (!Files.exists(out)) {
            return;
        }
        NativeRuntime.configure();
        ModelFile existing;
        try {
            existing = ModelStore.load(out);
        } catch (ModelFileException e) {
            throw new BadInputException(e.getMessage() + "; refusing to overwrite it with --out", e);
        }
        stderr.println("note: " + out + " holds a model trained for " + epochs(existing.history().epochCount())
                + "; it is not continued but replaced by a new one trained from scratch");
    }

    /** "784-400-2 (1068820 parameters)": the encoder's layer sizes; the decoder mirrors them. */
    static String shape(VaeConfig config) {
        return config.describeNetwork() + " (" + ModelStore.parameterCount(config) + " parameters)";
    }

    private void report(PrintWriter stdout, VaeConfig config, LoadedData loaded, TrainingOutcome outcome,
                        double seconds) {
        List<EpochRecord> history = outcome.model().history().epochs();
        EpochRecord last = outcome.model().history().last();
        String status = outcome.status().name().toLowerCase(java.util.Locale.ROOT);
        if (json) {
            stdout.println(new JsonReport()
                    .hyperparameters(config, loaded.folder())
                    .loss("train", last == null ? null : last.train())
                    .loss("test", last == null ? null : last.test())
                    .put("seconds", seconds)
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
                        + "), seed " + config.seed());
        if (last != null) {
            table.add("train neg ELBO", Numbers.lossParts(last.train()) + " (nats/image, epoch " + last.epoch() + ")")
                    .add("test neg ELBO", Numbers.lossParts(last.test()) + " (nats/image)");
        }
        table.add("seconds", Numbers.fixed(seconds, 1)).print(stdout);
    }
}
