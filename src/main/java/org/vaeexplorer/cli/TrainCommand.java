package org.vaeexplorer.cli;

import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelFileException;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.RunLock;
import org.vaeexplorer.store.SiblingFiles;
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
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code train}: trains a new model from scratch and saves it, ({@code --resume}) continues a run that was
 * interrupted, or ({@code --continue}) trains a finished model for more epochs, as the window's Train does when
 * Epochs is raised. An existing model at {@code --out} is replaced, never continued: a command line that
 * silently continued whatever file happened to be there would give different results for the same arguments.
 *
 * <p>While it trains, the run is checkpointed beside its output ({@code FILE.checkpoint}) at every epoch end
 * and every {@code --checkpoint-seconds}; the checkpoint is deleted once the model is saved. A run killed in
 * between resumes from its checkpoint with {@code train --resume FILE} and ends as it would have without
 * the interruption.
 */
@Command(name = "train", showDefaultValues = true,
        defaultValueProvider = ConfigDefaults.class,
        description = {"Train a new VAE and save it, continue an interrupted run (--resume), or train a finished"
                + " model for more epochs (--continue).",
            "Shows progress and one line per epoch on stderr; prints a summary (or one JSON object) on stdout."})
final class TrainCommand implements Callable<Integer> {

    /** The hyperparameter options --continue takes: how far, and the step size for the epochs to come. */
    private static final Set<String> CONTINUE_OPTIONS = Set.of("--epochs", "--lr");

    @Spec
    private CommandSpec spec;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private HelpOption help;

    @Mixin
    private HyperparameterOptions hyperparameters;

    @Mixin
    private CheckpointOptions checkpoints;

    @Mixin
    private DataOption data;

    @Option(names = "--out", paramLabel = "FILE", converter = FileNameConverter.class,
            description = "Where to save the model (replaced if it exists); checkpoints go to FILE.checkpoint.")
    private Path out;

    @Option(names = "--resume", paramLabel = "FILE", converter = FileNameConverter.class,
            description = "Continue the interrupted run whose --out was FILE, from FILE.checkpoint, with its own hyperparameters"
                    + " and checkpoint interval, on the data it trained on (--data only if that folder moved).")
    private Path resume;

    @Option(names = "--continue", paramLabel = "FILE", converter = FileNameConverter.class,
            description = "Train the finished model FILE on for more epochs, up to --epochs in all: its network,"
                    + " hyperparameters, optimizer state and curves, on the data it trained on (--data only if that"
                    + " folder moved); --lr sets the learning rate for the epochs to come. Saved to --out.")
    private Path continued;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stderr = spec.commandLine().getErr();
        // Check everything that is cheap to check before spending a second on loading data: the options,
        // then that the model and its checkpoint can be written, so that no run trains for nothing.
        Duration checkpointEvery = checkpoints.interval();
        threads.count(); // refuses a count this machine cannot give
        if (resume != null && continued != null) {
            throw new BadInputException("--resume continues an interrupted run, --continue a finished model; give one");
        }
        if (continued != null) {
            onlyEpochsForAContinuedModel();
        }
        if (resume == null) {
            hyperparameters.check();
        }
        Path target = resume != null ? resumeTarget() : outputTarget();
        Path checkpoint = checkpointFile(target);
        ModelStore.checkWritable(target);
        ModelStore.checkWritable(checkpoint);
        // Closed in reverse order: the lock is released before a signal's hook lets the process end.
        try (SignalStop signal = new SignalStop(); RunLock ignored = lock(target)) {
            removeStaleTemporaries(target, checkpoint, stderr);
            ModelFile resumed = resume != null ? checkpointToResume(stderr) : null;
            if (resumed == null) {
                checkOutput(stderr);
            } else {
                checkpointEvery = checkpoints.resumedInterval(resumed, spec.commandLine().getParseResult());
            }
            ModelFile start = continued != null ? modelToContinue(stderr) : resumed;
            return train(start, checkpointEvery, signal, stderr);
        }
    }

    /**
     * @param resumed the checkpoint of an interrupted run, or the finished model to train on ({@code --continue}),
     *                or null for a new model
     */
    private Integer train(ModelFile resumed, Duration checkpointEvery, SignalStop signal, PrintWriter stderr)
            throws IOException, InterruptedException {
        Path dataFolder = dataFolder(resumed);
        // The limits on weights and activations depend on the image size: read it from the data's headers.
        VaeConfig sized = continued != null ? moreEpochsOf(resumed.config())
                : resumed != null ? resumed.config() : hyperparameters.forImagesOf(LoadedData.measure(dataFolder));
        LoadedData loaded = LoadedData.load(dataFolder);
        VaeConfig config = withImageSizeOf(sized, loaded);
        checkExcludedDigit(config, loaded);

        threads.apply();
        ProgressBar bar = new ProgressBar(stderr, ProgressBar.stderrIsTerminal(), System::nanoTime);
        Path checkpoint = checkpointFile(out);
        CheckpointWriter checkpoints = new CheckpointWriter(checkpoint, bar);
        TrainingListener listener = TrainingListener.all(new ConsoleReporter(bar, config.epochs()), checkpoints);
        Trainer trainer;
        try {
            trainer = new Trainer(loaded.dataset(), config, resumed, listener, checkpointEvery);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(startingFile() + ": cannot continue on "
                    + loaded.folder() + ": " + e.getMessage()
                    + (data.folder() != null ? "; leave out --data to continue on the run's own data" : ""), e);
        }
        long start = System.nanoTime();
        signal.whenAsked(trainer::stopAndCheckpoint);
        TrainingOutcome outcome = trainToEnd(trainer);
        if (outcome.status() == TrainingOutcome.Status.STOPPED || outcome.model() == null) {
            stderr.println(Cli.NAME + ": " + outcome.message()
                    + (signal.requested() ? " (the process was asked to end)" : "") + "; " + kept(checkpoints));
            return exitCode(outcome.status());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // Also after a divergence: the outcome then holds the last good parameters, worth keeping.
        ModelStore.save(out, outcome.model());
        deleteCheckpoint(checkpoint, stderr);
        TrainReport.print(spec.commandLine().getOut(), json, out, config, loaded, outcome, seconds);
        if (!outcome.succeeded()) {
            stderr.println(Cli.NAME + ": " + outcome.message() + " Saved to " + out + ".");
        }
        return exitCode(outcome.status());
    }

    /** What an unfinished run leaves: its last checkpoint and the command that continues it, or nothing. */
    private String kept(CheckpointWriter checkpoints) {
        if (checkpoints.lastSaved() == null || !Files.exists(checkpoints.file())) {
            return "no checkpoint could be written, so nothing of this run is kept";
        }
        return "the run is kept up to " + checkpoints.lastSaved().describe() + " in " + checkpoints.file().toAbsolutePath()
                + "; continue it with: " + ResumeCommand.of(out);
    }

    /** --out FILE, checked for what can be said without touching the file system's contents. */
    private Path outputTarget() {
        if (out == null) {
            throw new BadInputException("train needs --out FILE (a new run) or --resume FILE (an interrupted one)");
        }
        if (Files.isDirectory(out)) {
            throw new BadInputException(out + ": is a folder; --out needs a file name");
        }
        return out;
    }

    /** Locks {@code target} for this run: a second run on the same file is refused while this one lives. */
    static RunLock lock(Path target) throws IOException {
        try {
            return RunLock.acquire(target);
        } catch (RunLock.HeldException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelFileException(RunLock.fileOf(target), Fault.of("store.noLockFile", Fault.describing(e)), e);
        }
    }

    /**
     * Temporary files of saves of the model and its checkpoint, left by a process that died mid-save. This
     * run holds the lock, so no other run is writing them.
     */
    private static void removeStaleTemporaries(Path target, Path checkpoint, PrintWriter stderr) throws IOException {
        List<Path> stale = new java.util.ArrayList<>(ModelStore.deleteStaleTemporaries(target));
        stale.addAll(ModelStore.deleteStaleTemporaries(checkpoint));
        if (!stale.isEmpty()) {
            stderr.println("note: removed " + stale.size() + " temporary file" + (stale.size() == 1 ? "" : "s")
                    + " left by an interrupted save: " + stale.stream().map(p -> p.getFileName().toString()).toList());
        }
    }

    /**
     * The dataset folder: --data, or for a resumed run that gives none, the folder its checkpoint records
     * (null: the bundled MNIST).
     */
    private Path dataFolder(ModelFile resumed) {
        if (data.folder() != null || resumed == null || resumed.setup() == null || resumed.setup().dataFolder() == null) {
            return data.folder();
        }
        String recorded = resumed.setup().dataFolder();
        try {
            Path folder = Path.of(recorded);
            if (Files.isDirectory(folder)) {
                return folder;
            }
        } catch (java.nio.file.InvalidPathException e) {
            // reported below, as a folder that cannot be found
        }
        throw new BadInputException(startingFile() + ": the run trained on " + recorded
                + ", which is no longer there; if the data moved, give its new folder with --data");
    }

    /**
     * The checkpoint of the run whose output is {@code out}: {@code out} with ".checkpoint" appended (its
     * name shortened with a hash where that would pass the file system's limit).
     */
    static Path checkpointFile(Path out) {
        return SiblingFiles.withSuffix(out, ".checkpoint");
    }

    /** For {@code --resume FILE}: FILE.checkpoint, loaded, and where it stands said on stderr. */
    private ModelFile checkpointToResume(PrintWriter stderr) throws ModelFileException {
        Path checkpoint = checkpointFile(resume);
        if (!Files.exists(checkpoint)) {
            throw new BadInputException(checkpoint + ": no such checkpoint, so no interrupted run of " + resume
                    + " to resume" + (Files.exists(resume) ? " (" + resume + " holds a finished run)" : ""));
        }
        ModelFile file = ModelStore.load(checkpoint);
        if (!file.isCheckpoint()) {
            throw new BadInputException(checkpoint + ": holds a finished model, not an interrupted run");
        }
        int epochs = file.config().epochs();
        if (file.position().epoch() >= epochs) {
            stderr.println("resuming " + resume + ": " + (epochs == 1 ? "its 1 epoch was" : "all " + epochs + " epochs were")
                    + " trained before it stopped; saving the model");
        } else {
            stderr.println("resuming " + resume + " at " + file.position().describe() + " of " + TrainReport.epochs(epochs));
        }
        return file;
    }

    /** The file a run that does not start anew starts from: the model to continue, or the checkpoint to resume. */
    private Path startingFile() {
        return continued != null ? continued : checkpointFile(out);
    }

    /**
     * For {@code --continue FILE}: --epochs, which says how far, and perhaps --lr, since a smaller step for the
     * last epochs is the usual way to finish a run; the model keeps its other hyperparameters.
     */
    private void onlyEpochsForAContinuedModel() {
        List<String> given = HyperparameterOptions.given(spec.commandLine().getParseResult());
        List<String> changed = given.stream().filter(o -> !CONTINUE_OPTIONS.contains(o)).toList();
        if (!changed.isEmpty()) {
            throw new BadInputException("--continue trains a model on with its own hyperparameters, apart from --epochs"
                    + " and --lr; drop " + String.join(", ", changed));
        }
        if (!given.contains("--epochs")) {
            throw new BadInputException("--continue needs --epochs E, the epochs in all the model is to have trained");
        }
    }

    /** For {@code --continue FILE}: FILE, a finished model with fewer epochs than --epochs, loaded. */
    private ModelFile modelToContinue(PrintWriter stderr) throws ModelFileException {
        ModelFile file = ModelStore.load(continued);
        if (file.isCheckpoint()) {
            throw new BadInputException(continued + ": holds an interrupted run, not a finished model; continue it with "
                    + "train --resume");
        }
        int done = file.history().epochCount();
        if (done >= hyperparameters.epochs()) {
            throw new BadInputException(continued + ": has trained " + TrainReport.epochs(done) + " already; --epochs "
                    + hyperparameters.epochs() + " asks for no more (give a larger number)");
        }
        double rate = continuedLearningRate(file.config());
        stderr.println("continuing " + continued + " from epoch " + done + " to " + hyperparameters.epochs()
                + (rate != file.config().learningRate()
                        ? " at learning rate " + rate + " (it trained at " + file.config().learningRate() + ")" : "")
                + (file.optimizerState() == null ? " (it holds no optimizer state: Adam starts afresh)" : ""));
        return file;
    }

    /** {@code model}'s hyperparameters with --epochs in all, and --lr if given. */
    private VaeConfig moreEpochsOf(VaeConfig model) {
        return model.withTraining(continuedLearningRate(model), model.batchSize(), hyperparameters.epochs());
    }

    /** --lr if given, else the rate {@code model} trained at. */
    private double continuedLearningRate(VaeConfig model) {
        return spec.commandLine().getParseResult().hasMatchedOption("--lr")
                ? hyperparameters.learningRate() : model.learningRate();
    }

    /**
     * For {@code --resume FILE}: FILE. The run keeps its own hyperparameters, so options that would change
     * them are refused rather than silently ignored.
     */
    private Path resumeTarget() {
        if (out != null && !out.toAbsolutePath().normalize().equals(resume.toAbsolutePath().normalize())) {
            throw new BadInputException("--resume " + resume + " continues the run whose --out was " + resume
                    + " and saves it there; drop --out " + out);
        }
        List<String> changed = HyperparameterOptions.given(spec.commandLine().getParseResult());
        if (!changed.isEmpty()) {
            throw new BadInputException("--resume continues a run with its own hyperparameters; drop "
                    + String.join(", ", changed));
        }
        out = resume;
        return resume;
    }

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

    /** A digit to leave out that the training set does not hold (or holds only) is refused before anything runs. */
    private static void checkExcludedDigit(VaeConfig config, LoadedData loaded) {
        try {
            Trainer.checkExcludedDigit(loaded.dataset(), config);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--exclude-digit " + config.excludedDigit() + ": " + loaded.folder() + ": "
                    + e.getMessage(), e);
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
        Path checkpoint = checkpointFile(out);
        if (Files.exists(checkpoint)) {
            throw new BadInputException(checkpoint + ": an interrupted run of " + out + " is checkpointed there;"
                    + " continue it with: " + ResumeCommand.of(out) + " (or delete the checkpoint to start a new run)");
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
        stderr.println("note: " + out + " holds a model trained for " + TrainReport.epochs(existing.history().epochCount())
                + "; it is not continued but replaced by a new one trained from scratch");
    }
}
