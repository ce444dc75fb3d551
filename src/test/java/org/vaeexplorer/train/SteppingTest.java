package org.vaeexplorer.train;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.testing.SyntheticImages;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Step while paused: each stepped minibatch is reported, and the run goes on exactly as if never paused. */
class SteppingTest {

    private static final Dataset DATA = SyntheticImages.dataset(256, 64, 6, 6);
    private static final int PAUSE_AFTER = 5;

    private static VaeConfig config(Architecture architecture) {
        // 8 minibatches an epoch, 2 epochs: the 12 steps below cross the end of the first epoch.
        return new VaeConfig(6, 6, List.of(16), 2, 1e-2, 32, 2, 1.0, 1, 7, architecture);
    }

    /** Pauses the run from its own thread after {@link #PAUSE_AFTER} minibatches, and records the steps. */
    private static final class Stepper implements TrainingListener {
        final List<StepRecord> steps = new CopyOnWriteArrayList<>();
        final List<TrainingProgress> progress = new CopyOnWriteArrayList<>();
        final Semaphore pausedAgain = new Semaphore(0);
        Trainer trainer;

        @Override
        public void onProgress(TrainingProgress p) {
            progress.add(p);
            if (p.iteration() == PAUSE_AFTER) {
                trainer.pause();
                pausedAgain.release();
            }
        }

        @Override
        public void onStep(StepRecord step) {
            steps.add(step);
            if (step.stepsLeft() == 0) {
                pausedAgain.release();
            }
        }

        void awaitPause() throws InterruptedException {
            assertThat(pausedAgain.tryAcquire(60, TimeUnit.SECONDS)).as("the run paused").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void stepsThenResumeEndExactlyAsTheUninterruptedRun(Architecture architecture) throws InterruptedException {
        VaeConfig config = config(architecture);
        TrainerTest.Recorder plain = new TrainerTest.Recorder();
        Trainer uninterrupted = new Trainer(DATA, config, null, plain);
        uninterrupted.start();
        TrainingOutcome expected = uninterrupted.await();

        Stepper stepper = new Stepper();
        Trainer stepped = new Trainer(DATA, config, null, stepper);
        stepper.trainer = stepped;
        stepped.start();
        stepper.awaitPause();
        stepped.step(1);
        stepper.awaitPause();
        stepped.step(10);
        stepper.awaitPause();
        stepped.resume();
        TrainingOutcome actual = stepped.await();

        assertThat(stepper.steps).extracting(StepRecord::iteration)
                .containsExactly(6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
        assertThat(stepper.steps).extracting(StepRecord::stepsLeft).containsExactly(0, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
        assertThat(stepper.steps.get(3)).extracting(StepRecord::epoch, StepRecord::batch).containsExactly(1, 0);
        assertThat(actual.model().params()).isEqualTo(expected.model().params());
        assertThat(actual.model().optimizerState()).isEqualTo(expected.model().optimizerState());
        assertThat(stepper.progress).extracting(TrainingProgress::batchLoss)
                .containsExactlyElementsOf(plain.progress.stream().map(TrainingProgress::batchLoss).toList());
        for (StepRecord step : stepper.steps) {
            LossParts before = step.report().before().scaled(1.0 / step.indices().length);
            assertThat(before).isEqualTo(plain.progress.get((int) step.iteration() - 1).batchLoss());
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aStepReportsItsMinibatchAndLowersItsLoss(Architecture architecture) throws InterruptedException {
        VaeConfig config = config(architecture);
        Stepper stepper = new Stepper();
        Trainer trainer = new Trainer(DATA, config, null, stepper);
        stepper.trainer = trainer;
        trainer.start();
        stepper.awaitPause();
        trainer.step(1);
        stepper.awaitPause();
        trainer.stop();
        trainer.await();

        StepRecord step = stepper.steps.get(0);
        assertThat(step.indices()).hasSize(32).doesNotHaveDuplicates();
        assertThat(step.images()).containsExactly(DATA.train().scaledImages(step.indices()));
        assertThat(Arrays.stream(step.indices())).allMatch(i -> i >= 0 && i < 256);
        assertThat(step.report().meansBefore()).hasSize(32 * 2);
        assertThat(step.report().meansAfter()).hasSize(32 * 2).isNotEqualTo(step.report().meansBefore());
        // The same images and the same noise: what changed the loss is the step alone, and it went down.
        assertThat(step.report().after().negElbo()).isLessThan(step.report().before().negElbo());
        assertThat(step.report().gradientNorms()).hasSameSizeAs(step.report().blocks());
        assertThat(Arrays.stream(step.report().gradientNorms())).allMatch(n -> n > 0);
    }
}
