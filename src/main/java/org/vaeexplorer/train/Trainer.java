package org.vaeexplorer.train;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetFingerprint;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.RunSetup;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Trains one VAE on its own thread: the epoch/minibatch loop ({@link TrainingLoop}) with pause, resume
 * and stop between minibatches. Only that thread touches the training network; the rest of the app hears about the run
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
 * data it records. A config that leaves a digit out ({@link VaeConfig#excludedDigit()}) trains without that
 * digit's training images; its test set stays whole, so the digit can be looked for there as an anomaly.
 */
public final class Trainer implements TrainingRun {

    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    /** How often other threads get fresh parameters: often enough to look live, rare enough to cost nothing. */
    public static final int PUBLISH_EVERY = 20;
    /** Fixed latent samples decoded for the blurry-to-sharp strip. */
    public static final int SAMPLE_COUNT = 16;
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
    /** Minibatches a paused run may still train, each reported ({@link TrainingListener#onStep}). */
    private int stepsLeft;
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
        this.config = Objects.requireNonNull(config);
        this.start = start;
        this.listener = Objects.requireNonNull(listener);
        if (checkpointInterval.isNegative()) {
            throw new IllegalArgumentException("the checkpoint interval cannot be negative: " + checkpointInterval);
        }
        this.checkpointInterval = checkpointInterval;
        // The fingerprint names the folder's data; the digit left out is the config's, checked on its own.
        DatasetFingerprint fingerprint = DatasetFingerprint.of(Objects.requireNonNull(data));
        this.data = RunStart.trainingData(data, config);
        RunStart.check(this.data, fingerprint, config, start);
        this.setup = new RunSetup(data.folder() == null ? null : data.folder().toString(), fingerprint,
                checkpointInterval.toNanos() / 1e9, data.classNames().names());
    }

    /**
     * Refuses a config that leaves out a digit {@code data}'s training set does not hold, or holds only.
     *
     * @throws IllegalArgumentException saying which
     */
    public static void checkExcludedDigit(Dataset data, VaeConfig config) {
        RunStart.checkExcludedDigit(data, config);
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

    /** A paused run trains {@code minibatches} more, reporting each, and stays paused; ignored otherwise. */
    @Override
    public void step(int minibatches) {
        if (minibatches < 1) {
            throw new IllegalArgumentException("steps must be at least 1: " + minibatches);
        }
        synchronized (lock) {
            if (state == State.PAUSED) {
                stepsLeft += minibatches;
                lock.notifyAll();
            }
        }
    }

    @Override
    public void resume() {
        synchronized (lock) {
            if (state == State.PAUSED) {
                state = State.RUNNING;
                stepsLeft = 0;
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

    /** What the training loop may do next. */
    enum Permit {
        /** Train the next minibatch. */
        RUN,
        /** Train the next minibatch, measure it and report it: the run is stepped while paused. */
        STEP,
        /** End the run. */
        STOP
    }

    /** What the training loop asks of the trainer between minibatches. */
    interface Commands {

        /** Waits while paused and no step is asked for. */
        Permit next() throws InterruptedException;

        /** Steps still to come after the one {@link #next} just allowed. */
        int stepsLeft();

        /** True when the stop asked for is to leave a checkpoint first. */
        boolean checkpointOnStop();
    }

    /** The requests made of this trainer, as the training thread reads them. */
    private final class Requests implements Commands {

        @Override
        public Permit next() throws InterruptedException {
            synchronized (lock) {
                while (state == State.PAUSED && !stopRequested && stepsLeft == 0) {
                    lock.wait();
                }
                if (stopRequested) {
                    return Permit.STOP;
                }
                if (state == State.PAUSED) {
                    stepsLeft--;
                    return Permit.STEP;
                }
                return Permit.RUN;
            }
        }

        @Override
        public int stepsLeft() {
            synchronized (lock) {
                return stepsLeft;
            }
        }

        @Override
        public boolean checkpointOnStop() {
            synchronized (lock) {
                return checkpointOnStop;
            }
        }
    }

    private void run() {
        TrainingOutcome result;
        try {
            result = new TrainingLoop(data, config, start, setup, checkpointInterval, listener, new Requests()).train();
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
}
