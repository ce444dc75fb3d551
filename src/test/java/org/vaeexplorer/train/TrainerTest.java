package org.vaeexplorer.train;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.model.Evaluation;
import org.vaeexplorer.store.SampleSnapshot;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.testing.SyntheticImages;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainerTest {

    private static final Dataset DATA = SyntheticImages.dataset(256, 64, 6, 6);
    private static final VaeConfig CONFIG = new VaeConfig(6, 6, List.of(16), 2, 1e-2, 32, 3, 1.0, 0, 4);

    /** Records everything a run publishes. */
    static class Recorder implements TrainingListener {
        final List<TrainingProgress> progress = new CopyOnWriteArrayList<>();
        final List<EpochRecord> epochs = new CopyOnWriteArrayList<>();
        final List<ParamsSnapshot> params = new CopyOnWriteArrayList<>();
        final List<SampleSnapshot> samples = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        public void onProgress(TrainingProgress p) {
            progress.add(p);
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void onEpochEnd(EpochRecord record) {
            epochs.add(record);
        }

        @Override
        public void onParams(ParamsSnapshot snapshot) {
            params.add(snapshot);
        }

        @Override
        public void onSamples(SampleSnapshot snapshot) {
            samples.add(snapshot);
        }
    }

    @Test
    void trainsOnItsOwnThreadAndPublishesEverything() throws InterruptedException {
        Recorder r = new Recorder();
        Trainer trainer = new Trainer(DATA, CONFIG, null, r);
        trainer.start();
        TrainingOutcome outcome = trainer.await();

        assertThat(outcome.status()).isEqualTo(TrainingOutcome.Status.COMPLETED);
        assertThat(outcome.ending()).isEqualTo(new TrainingOutcome.Ending.Completed(CONFIG.epochs()));
        assertThat(r.threads).containsOnly("vae-trainer");
        assertThat(r.progress).hasSize(3 * 8);
        assertThat(r.progress.get(r.progress.size() - 1).fractionDone()).isEqualTo(1.0);
        assertThat(r.epochs).extracting(EpochRecord::epoch).containsExactly(1, 2, 3);
        assertThat(outcome.model().history().epochs()).isEqualTo(r.epochs);
        // Parameters every PUBLISH_EVERY iterations plus one per epoch end; samples at iteration 0 and 10 plus each epoch.
        assertThat(r.params).hasSize(2 + 3);
        assertThat(r.samples).extracting(SampleSnapshot::iteration).containsExactly(0L, 8L, 10L, 16L, 24L);
        // Learning happened: the test loss fell.
        assertThat(r.epochs.get(2).test().negElbo()).isLessThan(r.epochs.get(0).test().negElbo());
        // The recorded test loss is the model's test loss.
        assertThat(Evaluation.meanLoss(outcome.model().toVae(), DATA.test(), CONFIG.seed()).negElbo())
                .isCloseTo(r.epochs.get(2).test().negElbo(), org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void sameSeedSameRun() throws InterruptedException {
        Trainer a = new Trainer(DATA, CONFIG.withTraining(1e-2, 32, 1), null, new Recorder());
        Trainer b = new Trainer(DATA, CONFIG.withTraining(1e-2, 32, 1), null, new Recorder());
        a.start();
        b.start();
        assertThat(a.await().model().params()).isEqualTo(b.await().model().params());
    }

    @Test
    void stopAnswersWithinOneMinibatch() throws InterruptedException {
        Trainer[] holder = new Trainer[1];
        Recorder r = new Recorder() {
            @Override
            public void onProgress(TrainingProgress p) {
                super.onProgress(p);
                if (p.iteration() == 5) {
                    holder[0].stop();
                }
            }
        };
        holder[0] = new Trainer(DATA, CONFIG, null, r);
        holder[0].start();
        TrainingOutcome outcome = holder[0].await();

        assertThat(outcome.status()).isEqualTo(TrainingOutcome.Status.STOPPED);
        assertThat(r.progress).hasSize(5);
        // the figures of the sentence: five minibatches of eight done, so stopped before minibatch 5 of epoch 1
        assertThat(outcome.ending()).isEqualTo(new TrainingOutcome.Ending.Stopped(1, 5));
        assertThat(outcome.message()).isEqualTo("stopped at epoch 1, minibatch 5");
        assertThat(outcome.model().params().isNaN().any()).isFalse();
    }

    @Test
    void pauseHoldsTheRunUntilResume() throws InterruptedException {
        CountDownLatch paused = new CountDownLatch(1);
        Trainer[] holder = new Trainer[1];
        Recorder r = new Recorder() {
            @Override
            public void onProgress(TrainingProgress p) {
                super.onProgress(p);
                if (p.iteration() == 3) {
                    holder[0].pause();
                    paused.countDown();
                }
            }
        };
        holder[0] = new Trainer(DATA, CONFIG, null, r);
        holder[0].start();
        assertThat(paused.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(holder[0].state()).isEqualTo(Trainer.State.PAUSED);
        // A paused run trains no further minibatch; without the pause it would finish 24 in milliseconds.
        assertThat(holder[0].outcome().isDone()).isFalse();
        assertThat(r.progress).hasSize(3);

        holder[0].resume();
        TrainingOutcome outcome = holder[0].await();
        assertThat(outcome.status()).isEqualTo(TrainingOutcome.Status.COMPLETED);
        assertThat(r.progress).hasSize(24);
    }

    @Test
    void stopWakesAPausedRun() throws InterruptedException {
        Trainer[] holder = new Trainer[1];
        Recorder r = new Recorder() {
            @Override
            public void onProgress(TrainingProgress p) {
                super.onProgress(p);
                if (p.iteration() == 2) {
                    holder[0].pause();
                }
            }
        };
        holder[0] = new Trainer(DATA, CONFIG, null, r);
        holder[0].start();
        holder[0].stop();
        assertThat(holder[0].await().status()).isEqualTo(TrainingOutcome.Status.STOPPED);
    }

    @Test
    void divergenceStopsTheRunAndKeepsTheLastGoodParameters() throws InterruptedException {
        // Found by trying: with 64 hidden units and a learning rate of 10 this run overflows to NaN within a
        // few minibatches (the run is seeded and single-threaded, so it always does).
        VaeConfig reckless = CONFIG.withHiddenSizes(List.of(64)).withTraining(10, 32, 50);
        Recorder r = new Recorder();
        Trainer trainer = new Trainer(DATA, reckless, null, r);
        trainer.start();
        TrainingOutcome outcome = trainer.await();

        assertThat(outcome.status()).isEqualTo(TrainingOutcome.Status.DIVERGED);
        assertThat(outcome.message()).contains("diverged").contains("learning rate");
        assertThat(outcome.ending()).isInstanceOfSatisfying(TrainingOutcome.Ending.LossNotFinite.class,
                d -> assertThat(outcome.message()).contains("iteration " + d.iteration(), "iteration " + d.keptIteration(),
                        "now " + d.learningRate()));
        assertThat(outcome.model().params().isNaN().any()).isFalse();
        assertThat(outcome.model().params().isInfinite().any()).isFalse();
        assertThat(Evaluation.meanLoss(outcome.model().toVae(), DATA.test(), 1).allFinite()).isTrue();
    }

    @Test
    void continuingASavedRunKeepsItsHistoryAndOptimizerState() throws InterruptedException {
        Trainer first = new Trainer(DATA, CONFIG.withTraining(1e-2, 32, 2), null, new Recorder());
        first.start();
        TrainingOutcome twoEpochs = first.await();

        Recorder r = new Recorder();
        Trainer second = new Trainer(DATA, CONFIG.withTraining(1e-2, 32, 3), twoEpochs.model(), r);
        second.start();
        TrainingOutcome threeEpochs = second.await();

        assertThat(r.epochs).extracting(EpochRecord::epoch).containsExactly(3);
        assertThat(threeEpochs.model().history().epochs()).hasSize(3);
        assertThat(r.progress.get(0).iteration()).isEqualTo(2 * 8 + 1);
        assertThat(threeEpochs.model().optimizerState()).isNotEqualTo(twoEpochs.model().optimizerState());
    }

    @Test
    void warmupRaisesBetaDuringTheRun() throws InterruptedException {
        Recorder r = new Recorder();
        Trainer trainer = new Trainer(DATA, CONFIG.withBeta(2.0, 2), null, r);
        trainer.start();
        trainer.await();
        assertThat(r.progress.get(0).beta()).isEqualTo(0.0);
        assertThat(r.progress.get(8).beta()).isEqualTo(1.0);
        assertThat(r.progress.get(23).beta()).isEqualTo(2.0);
        assertThat(r.epochs).extracting(EpochRecord::beta).containsExactly(2.0 * 7 / 16, 2.0 * 15 / 16, 2.0);
    }

    @Test
    void betaChangesWhatIsLearned() throws InterruptedException {
        VaeConfig base = CONFIG.withTraining(1e-2, 32, 4);
        Trainer plain = new Trainer(DATA, base.withBeta(0.0, 0), null, new Recorder());
        Trainer strong = new Trainer(DATA, base.withBeta(8.0, 0), null, new Recorder());
        plain.start();
        strong.start();
        EpochRecord noKl = plain.await().model().history().last();
        EpochRecord heavyKl = strong.await().model().history().last();
        // Without the KL term the posterior drifts from the prior; a heavy β pins it there.
        assertThat(heavyKl.test().kl()).isLessThan(noKl.test().kl() / 4);
        assertThat(heavyKl.test().reconstruction()).isGreaterThan(noKl.test().reconstruction());
    }

    @Test
    void refusesDataOfAnotherImageSize() {
        assertThatThrownBy(() -> new Trainer(DATA, VaeConfig.defaults(), null, new Recorder()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("28x28")
                .hasMessageContaining("6x6");
    }
}
