package org.vaeexplorer.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ShuffledBatches;
import org.vaeexplorer.model.Evaluation;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.StepReport;
import org.vaeexplorer.model.Noise;
import org.vaeexplorer.model.TrainingStep;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.RunPosition;
import org.vaeexplorer.store.RunSetup;
import org.vaeexplorer.store.SampleSnapshot;
import org.vaeexplorer.store.TrainingHistory;

import java.time.Duration;
import java.util.Locale;

/**
 * One run's epoch and minibatch loop, confined to the training thread: the steps, the fallback to the last
 * good parameters when the loss stops being finite, and the news for the listener (progress, epochs,
 * parameter copies, sample snapshots, checkpoints).
 */
final class TrainingLoop {

    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
    private static final long SAMPLE_SEED = 20131220L;
    /** Extra snapshots in the first epoch, where the pictures change fastest. */
    private static final long[] EARLY_SNAPSHOTS = {0, 10, 30, 100, 250};

    private final TrainingListener listener;
    private final Trainer.Commands commands;
    private final Dataset data;
    private final VaeConfig config;
    private final RunSetup setup;
    private final Duration checkpointInterval;
    private final Vae vae;
    private final ShuffledBatches batches;
    private final BatchBuffer buffer;
    private final INDArray fixedLatents;
    private TrainingHistory history;
    private final RunPosition resumeAt;
    private final int firstEpoch;
    private long iteration;
    private final Random noise;
    private final TrainingStep step;
    /** The parameters of the newest step whose loss was finite: what a divergence falls back to. */
    private float[] lastGood;
    private long lastGoodIteration;
    private double samplesPerSecond;
    private long lastCheckpoint = System.nanoTime();

    /**
     * @param start    the saved model or checkpoint continued, or null for a new model
     * @param commands the trainer's pause and stop requests, asked between minibatches
     */
    TrainingLoop(Dataset data, VaeConfig config, ModelFile start, RunSetup setup, Duration checkpointInterval,
                 TrainingListener listener, Trainer.Commands commands) {
        this.data = data;
        this.config = config;
        this.setup = setup;
        this.checkpointInterval = checkpointInterval;
        this.listener = listener;
        this.commands = commands;
        // A continued run's model carries the hyperparameters it is trained with (e.g. more epochs).
        vae = start == null ? Vae.create(config) : Vae.withParams(config, start.params());
        batches = new ShuffledBatches(data.train().count(), config.batchSize(), config.seed());
        buffer = new BatchBuffer(data.train());
        fixedLatents = Noise.standardNormal(Trainer.SAMPLE_COUNT, config.latentSize(), Noise.generator(SAMPLE_SEED));
        history = start == null ? TrainingHistory.EMPTY : start.history();
        resumeAt = start == null ? null : start.position();
        firstEpoch = history.epochCount();
        iteration = resumeAt != null ? resumeAt.iteration() : (long) firstEpoch * batches.batchesPerEpoch();
        noise = noiseGenerator();
        step = new TrainingStep(vae, start == null ? null : start.optimizerState(), noise);
        lastGood = vae.snapshotValues();
        lastGoodIteration = iteration;
    }

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
                Trainer.Permit permit = commands.next();
                if (permit == Trainer.Permit.STOP) {
                    if (commands.checkpointOnStop()) {
                        checkpoint(new RunPosition(epoch, b, iteration, epochSums, epochImages, noise.rootState(), noise.nodeState()));
                    }
                    return finish(TrainingOutcome.Status.STOPPED, "stopped at epoch " + (epoch + 1) + ", minibatch " + b,
                            new TrainingOutcome.Ending.Stopped(epoch + 1, b));
                }
                if (isEarlySnapshot()) {
                    snapshotSamples();
                }
                int[] indices = batches.batch(order, b);
                beta = config.betaAt(epoch + (double) b / batches.batchesPerEpoch());
                INDArray x = buffer.load(indices);
                boolean stepped = permit == Trainer.Permit.STEP;
                // Parameters are copied before a step and kept as the fallback once their loss proves finite; a
                // stepped minibatch publishes its parameters, so that the window shows what the step did.
                float[] candidate = stepped || iteration % Trainer.PUBLISH_EVERY == 0 ? vae.snapshotValues() : null;
                StepReport report = stepped ? step.runInspected(x, beta, iteration, epoch) : null;
                LossParts sums = stepped ? report.before() : step.run(x, beta, iteration, epoch);
                if (!sums.allFinite()) {
                    vae.setParams(lastGood);
                    return finish(TrainingOutcome.Status.DIVERGED, "training diverged at iteration " + iteration
                            + " (the loss became " + (Double.isNaN(sums.negElbo()) ? "NaN" : "infinite")
                            + "); the parameters of iteration " + lastGoodIteration
                            + " were kept. Try a smaller learning rate (now " + config.learningRate() + ").",
                            new TrainingOutcome.Ending.LossNotFinite(iteration, Double.isNaN(sums.negElbo()), lastGoodIteration,
                                    config.learningRate()));
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
                if (stepped) {
                    listener.onStep(new StepRecord(iteration, epoch, b, indices, ImageMatrix.toFloats(x), beta, report,
                            commands.stepsLeft()));
                }
            }
            double seconds = (System.nanoTime() - epochStart) / 1e9;
            LossParts test = Evaluation.meanLoss(vae, data.test(), config.seed());
            if (!test.allFinite()) {
                vae.setParams(lastGood);
                return finish(TrainingOutcome.Status.DIVERGED, "training diverged in epoch " + (epoch + 1)
                        + " (the test loss is not finite); the parameters of iteration " + lastGoodIteration + " were kept.",
                        new TrainingOutcome.Ending.TestLossNotFinite(epoch + 1, lastGoodIteration));
            }
            EpochRecord record = new EpochRecord(epoch + 1, epochSums.scaled(1.0 / epochImages), test, beta, seconds, config.learningRate());
            history = history.plus(record);
            lastGood = vae.snapshotValues();
            lastGoodIteration = iteration;
            listener.onParams(new ParamsSnapshot(lastGood, iteration, epoch + 1));
            snapshotSamples();
            listener.onEpochEnd(record);
            checkpoint(new RunPosition(epoch + 1, 0, iteration, LossParts.ZERO, 0, noise.rootState(), noise.nodeState()));
            LOG.info("epoch {}: train {}, test {} ({} s)", epoch + 1, record.train(), test, String.format(Locale.ROOT, "%.2f", seconds));
        }
        return finish(TrainingOutcome.Status.COMPLETED, "trained " + config.epochs() + " epochs",
                new TrainingOutcome.Ending.Completed(config.epochs()));
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
        SampleSnapshot snapshot = new SampleSnapshot(iteration, (double) iteration / batches.batchesPerEpoch(), Trainer.SAMPLE_COUNT, pixels);
        history = history.plus(snapshot);
        listener.onSamples(snapshot);
    }

    private TrainingOutcome finish(TrainingOutcome.Status status, String message, TrainingOutcome.Ending ending) {
        LOG.info("training ended: {}", message);
        return new TrainingOutcome(status, message, ModelFile.of(vae, step.optimizerState(), history).trainedWith(setup),
                ending);
    }
}
