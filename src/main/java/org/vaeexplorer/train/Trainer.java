package org.vaeexplorer.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetFingerprint;
import org.vaeexplorer.data.ShuffledBatches;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.model.Evaluation;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.RunPosition;
import org.vaeexplorer.model.Noise;
import org.vaeexplorer.store.SampleSnapshot;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.model.TrainingStep;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.RunSetup;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Trains one VAE on its own thread: the epoch/minibatch loop with pause, resume and stop between
 * minibatches. Only that thread touches the training network; the rest of the app hears about the run
 * through a {@link TrainingListener}: progress records, epoch records, sample snapshots and frozen
 * parameter copies.
 *
 * <p>A run trains until its history holds {@code config.epochs()} epochs, so a run started from a saved
 * model with more epochs asked for continues where the saved one stopped, optimizer state included. A run
 * started from a checkpoint ({@link ModelFile#isCheckpoint()}) continues from its exact minibatch and noise
 * position: the result is the one the uninterrupted run would have given.
 *
 * <p>Checkpoints reach the listener ({@link TrainingListener#onCheckpoint}) at the end of every epoch and,
 * between minibatches, whenever {@link #checkpointInterval()} has passed since the last one (and once more
 * on {@link #stopAndCheckpoint()}). Each checkpoint and the final model record the run's {@link RunSetup}:
 * the dataset (folder and fingerprint) and the checkpoint interval. A checkpoint is continued only on the
 * data it records.
 */
public final class Trainer implements TrainingRun {

    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    /** How often other threads get fresh parameters: often enough to look live, rare enough to cost nothing. */
    public static final int PUBLISH_EVERY = 20;
    /** Fixed latent samples decoded for the blurry-to-sharp strip. */
    public static final int SAMPLE_COUNT = 16;
    private static final long SAMPLE_SEED = 20131220L;
    /** Extra snapshots in the first epoch, where the pictures change fastest. */
    private static final long[] EARLY_SNAPSHOTS = {0, 10, 30, 100, 250};
    /** A killed run loses at most this much work (and at most one epoch). */
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(60);

    public enum State { NEW, RUNNING, PAUSED, FINISHED }

    private final Dataset data;
    private final VaeConfig config;
    private final ModelFile start;
    private final TrainingListener listener;
    private final Duration checkpointInterval;
    private final RunSetup setup;
    private final CompletableFuture<TrainingOutcome> outcome = new CompletableFuture<>();
    private final Object lock = new Object();
    private State state = State.NEW;
    private boolean stopRequested;
    private boolean checkpointOnStop;
    private Thread thread;

    /**
     * @param start a saved model to continue (its weights, optimizer state and history), or null for a new one
     */
    public Trainer(Dataset data, VaeConfig config, ModelFile start, TrainingListener listener) {
        this(data, config, start, listener, DEFAULT_CHECKPOINT_INTERVAL);
    }

    /**
     * @param start              a saved model or checkpoint to continue, or null for a new model
     * @param checkpointInterval the longest time between two checkpoints (besides one per epoch)
     */
    public Trainer(Dataset data, VaeConfig config, ModelFile start, TrainingListener listener,
                   Duration checkpointInterval) {
        this.data = Objects.requireNonNull(data);
        this.config = Objects.requireNonNull(config);
        this.start = start;
        this.listener = Objects.requireNonNull(listener);
        if (checkpointInterval.isNegative()) {
            throw new IllegalArgumentException("the checkpoint interval cannot be negative: " + checkpointInterval);
        }
        this.checkpointInterval = checkpointInterval;
        if (config.imageRows() != data.rows() || config.imageCols() != data.cols()) {
            throw new IllegalArgumentException("the model reads " + config.imageRows() + "x" + config.imageCols()
                    + " images but " + data.name() + " has " + data.rows() + "x" + data.cols());
        }
        if (start != null && !start.config().sameNetwork(config)) {
            throw new IllegalArgumentException("cannot continue a model of another shape");
        }
        DatasetFingerprint fingerprint = DatasetFingerprint.of(data);
        if (start != null && start.isCheckpoint()) {
            checkSameData(start, data, fingerprint);
            checkResumable(start, config, data);
        }
        this.setup = new RunSetup(data.folder() == null ? null : data.folder().toString(), fingerprint,
                checkpointInterval.toNanos() / 1e9);
    }

    /** A checkpoint continues only on the data it was trained on (when it says which: older ones do not). */
    private static void checkSameData(ModelFile checkpoint, Dataset data, DatasetFingerprint fingerprint) {
        RunSetup recorded = checkpoint.setup();
        if (recorded == null || recorded.data() == null || recorded.data().equals(fingerprint)) {
            return;
        }
        throw new IllegalArgumentException("the checkpoint was trained on "
                + (recorded.dataFolder() == null ? "another dataset" : recorded.dataFolder())
                + " (" + recorded.data().describe() + "), not on this data (" + fingerprint.describe() + ")");
    }

    /** A checkpoint continues only the run it came from: same batches, same data size. */
    private static void checkResumable(ModelFile checkpoint, VaeConfig config, Dataset data) {
        RunPosition at = checkpoint.position();
        ShuffledBatches batches = new ShuffledBatches(data.train().count(), config.batchSize(), config.seed());
        if (checkpoint.config().batchSize() != config.batchSize() || checkpoint.config().seed() != config.seed()) {
            throw new IllegalArgumentException("a checkpoint continues with its own batch size and seed");
        }
        if (at.epoch() != checkpoint.history().epochCount() || at.batch() >= batches.batchesPerEpoch()
                || at.iteration() != (long) at.epoch() * batches.batchesPerEpoch() + at.batch()) {
            throw new IllegalArgumentException("the checkpoint (" + at.describe() + ", iteration " + at.iteration()
                    + ") does not fit " + data.name() + " (" + batches.batchesPerEpoch() + " minibatches per epoch)");
        }
    }

    public Duration checkpointInterval() {
        return checkpointInterval;
    }

    @Override
    public VaeConfig config() {
        return config;
    }

    /** Starts the training thread. */
    @Override
    public void start() {
        synchronized (lock) {
            if (state != State.NEW) {
                throw new IllegalStateException("a trainer runs once");
            }
            state = State.RUNNING;
            thread = new Thread(this::run, "vae-trainer");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Pauses after the current minibatch. */
    @Override
    public void pause() {
        synchronized (lock) {
            if (state == State.RUNNING) {
                state = State.PAUSED;
            }
        }
    }

    @Override
    public void resume() {
        synchronized (lock) {
            if (state == State.PAUSED) {
                state = State.RUNNING;
                lock.notifyAll();
            }
        }
    }

    /** Stops after the current minibatch; also wakes a paused run so it can stop. */
    @Override
    public void stop() {
        synchronized (lock) {
            stopRequested = true;
            lock.notifyAll();
        }
    }

    /**
     * Stops after the current minibatch, handing the listener a checkpoint of where the run stands first,
     * so that the run can be resumed there (a process asked to end).
     */
    @Override
    public void stopAndCheckpoint() {
        synchronized (lock) {
            checkpointOnStop = true;
            stopRequested = true;
            lock.notifyAll();
        }
    }

    /** The data and checkpoint interval this run records in its checkpoints and model. */
    public RunSetup setup() {
        return setup;
    }

    public State state() {
        synchronized (lock) {
            return state;
        }
    }

    /** Completes when the run ends, however it ends. */
    @Override
    public CompletableFuture<TrainingOutcome> outcome() {
        return outcome;
    }

    /** Blocks until the run ends. */
    public TrainingOutcome await() throws InterruptedException {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private boolean checkpointRequestedOnStop() {
        synchronized (lock) {
            return checkpointOnStop;
        }
    }

    /** Waits while paused; true if the run should stop. */
    private boolean waitWhilePausedOrStop() throws InterruptedException {
        synchronized (lock) {
            while (state == State.PAUSED && !stopRequested) {
                lock.wait();
            }
            return stopRequested;
        }
    }

    private void run() {
        TrainingOutcome result;
        try {
            result = new Run().train();
        } catch (Throwable e) {
            LOG.error("training failed", e);
            result = new TrainingOutcome(TrainingOutcome.Status.FAILED, "training failed: " + e, null);
        }
        synchronized (lock) {
            state = State.FINISHED;
        }
        listener.onFinished(result);
        outcome.complete(result);
    }

    /** The state of one run, confined to the training thread. */
    private final class Run {
        // A continued run's model carries the hyperparameters it is trained with (e.g. more epochs).
        private final Vae vae = start == null ? Vae.create(config) : Vae.withParams(config, start.params());
        private final ShuffledBatches batches = new ShuffledBatches(data.train().count(), config.batchSize(), config.seed());
        private final BatchBuffer buffer = new BatchBuffer(data.train());
        private final INDArray fixedLatents = Noise.standardNormal(SAMPLE_COUNT, config.latentSize(), Noise.generator(SAMPLE_SEED));
        private TrainingHistory history = start == null ? TrainingHistory.EMPTY : start.history();
        private final RunPosition resumeAt = start == null ? null : start.position();
        private final int firstEpoch = history.epochCount();
        private long iteration = resumeAt != null ? resumeAt.iteration() : (long) firstEpoch * batches.batchesPerEpoch();
        private final Random noise = noiseGenerator();
        private final TrainingStep step = new TrainingStep(vae, start == null ? null : start.optimizerState(), noise);
        /** The parameters of the newest step whose loss was finite: what a divergence falls back to. */
        private float[] lastGood = vae.snapshotValues();
        private long lastGoodIteration = iteration;
        private double samplesPerSecond;
        private long lastCheckpoint = System.nanoTime();

        /** Seeded by the first epoch, or put back where the checkpoint left it. */
        private Random noiseGenerator() {
            Random rng = Noise.generator(Noise.trainingSeed(config.seed(), firstEpoch));
            if (resumeAt != null) {
                rng.setStates(resumeAt.noiseRootState(), resumeAt.noiseNodeState());
            }
            return rng;
        }

        TrainingOutcome train() throws InterruptedException {
            long runStart = System.nanoTime();
            long samplesDone = 0;
            for (int epoch = firstEpoch; epoch < config.epochs(); epoch++) {
                long epochStart = System.nanoTime();
                int[] order = batches.epochOrder(epoch);
                boolean resuming = resumeAt != null && epoch == firstEpoch;
                LossParts epochSums = resuming ? resumeAt.epochSums() : LossParts.ZERO;
                int epochImages = resuming ? resumeAt.epochImages() : 0;
                double beta = config.betaAt(epoch);
                for (int b = resuming ? resumeAt.batch() : 0; b < batches.batchesPerEpoch(); b++) {
                    if (b > 0) { // at b = 0 the epoch-end checkpoint has just been taken
                        maybeCheckpoint(epoch, b, epochSums, epochImages);
                    }
                    if (waitWhilePausedOrStop()) {
                        if (checkpointRequestedOnStop()) {
                            checkpoint(new RunPosition(epoch, b, iteration, epochSums, epochImages, noise.rootState(), noise.nodeState()));
                        }
                        return finish(TrainingOutcome.Status.STOPPED, "stopped at epoch " + (epoch + 1) + ", minibatch " + b);
                    }
                    if (isEarlySnapshot()) {
                        snapshotSamples();
                    }
                    int[] indices = batches.batch(order, b);
                    beta = config.betaAt(epoch + (double) b / batches.batchesPerEpoch());
                    INDArray x = buffer.load(indices);
                    // Parameters are copied before a step and kept as the fallback once their loss proves finite.
                    float[] candidate = iteration % PUBLISH_EVERY == 0 ? vae.snapshotValues() : null;
                    LossParts sums = step.run(x, beta, iteration, epoch);
                    if (!sums.allFinite()) {
                        vae.setParams(lastGood);
                        return finish(TrainingOutcome.Status.DIVERGED, "training diverged at iteration " + iteration
                                + " (the loss became " + (Double.isNaN(sums.negElbo()) ? "NaN" : "infinite")
                                + "); the parameters of iteration " + lastGoodIteration
                                + " were kept. Try a smaller learning rate (now " + config.learningRate() + ").");
                    }
                    if (candidate != null) {
                        lastGood = candidate;
                        lastGoodIteration = iteration;
                        listener.onParams(new ParamsSnapshot(candidate, iteration, epoch + (double) b / batches.batchesPerEpoch()));
                    }
                    iteration++;
                    epochSums = epochSums.plus(sums);
                    epochImages += indices.length;
                    samplesDone += indices.length;
                    double elapsed = (System.nanoTime() - runStart) / 1e9;
                    samplesPerSecond = samplesDone / Math.max(elapsed, 1e-9);
                    double samplesLeft = (double) (config.epochs() - epoch) * data.train().count() - epochImages;
                    listener.onProgress(new TrainingProgress(iteration, epoch, b + 1, batches.batchesPerEpoch(),
                            config.epochs(), sums.scaled(1.0 / indices.length), beta, samplesPerSecond,
                            samplesLeft / Math.max(samplesPerSecond, 1e-9)));
                }
                double seconds = (System.nanoTime() - epochStart) / 1e9;
                LossParts test = Evaluation.meanLoss(vae, data.test(), config.seed());
                if (!test.allFinite()) {
                    vae.setParams(lastGood);
                    return finish(TrainingOutcome.Status.DIVERGED, "training diverged in epoch " + (epoch + 1)
                            + " (the test loss is not finite); the parameters of iteration " + lastGoodIteration + " were kept.");
                }
                EpochRecord record = new EpochRecord(epoch + 1, epochSums.scaled(1.0 / epochImages), test, beta, seconds);
                history = history.plus(record);
                lastGood = vae.snapshotValues();
                lastGoodIteration = iteration;
                listener.onParams(new ParamsSnapshot(lastGood, iteration, epoch + 1));
                snapshotSamples();
                listener.onEpochEnd(record);
                checkpoint(new RunPosition(epoch + 1, 0, iteration, LossParts.ZERO, 0, noise.rootState(), noise.nodeState()));
                LOG.info("epoch {}: train {}, test {} ({} s)", epoch + 1, record.train(), test, String.format(java.util.Locale.ROOT, "%.2f", seconds));
            }
            return finish(TrainingOutcome.Status.COMPLETED, "trained " + config.epochs() + " epochs");
        }

        /** Between minibatches: a checkpoint once the interval has passed since the last one. */
        private void maybeCheckpoint(int epoch, int batch, LossParts epochSums, int epochImages) {
            if (System.nanoTime() - lastCheckpoint >= checkpointInterval.toNanos()) {
                checkpoint(new RunPosition(epoch, batch, iteration, epochSums, epochImages, noise.rootState(), noise.nodeState()));
            }
        }

        private void checkpoint(RunPosition at) {
            lastCheckpoint = System.nanoTime();
            listener.onCheckpoint(ModelFile.of(vae, step.optimizerState(), history).trainedWith(setup).at(at));
        }

        private boolean isEarlySnapshot() {
            for (long at : EARLY_SNAPSHOTS) {
                if (iteration == at) {
                    return true;
                }
            }
            return false;
        }

        private void snapshotSamples() {
            float[] pixels = ImageMatrix.toFloats(vae.decode(fixedLatents));
            SampleSnapshot snapshot = new SampleSnapshot(iteration, (double) iteration / batches.batchesPerEpoch(), SAMPLE_COUNT, pixels);
            history = history.plus(snapshot);
            listener.onSamples(snapshot);
        }

        private TrainingOutcome finish(TrainingOutcome.Status status, String message) {
            LOG.info("training ended: {}", message);
            return new TrainingOutcome(status, message, ModelFile.of(vae, step.optimizerState(), history).trainedWith(setup));
        }
    }
}
