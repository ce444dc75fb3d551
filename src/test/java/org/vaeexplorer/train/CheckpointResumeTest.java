package org.vaeexplorer.train;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.fault.Explained;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.store.RunPosition;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.testing.SyntheticImages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class CheckpointResumeTest {

    private static final Dataset DATA = SyntheticImages.dataset(256, 64, 6, 6);
    /** 8 minibatches per epoch. */
    private static final VaeConfig CONFIG = new VaeConfig(6, 6, List.of(16), 2, 1e-2, 32, 3, 1.0, 1, 7);

    @TempDir
    Path dir;

    static final class Checkpoints implements TrainingListener {
        final List<ModelFile> saved = new CopyOnWriteArrayList<>();

        @Override
        public void onCheckpoint(ModelFile checkpoint) {
            saved.add(checkpoint);
        }
    }

    private static TrainingOutcome train(ModelFile start, TrainingListener listener, Duration every)
            throws InterruptedException {
        Trainer trainer = new Trainer(DATA, CONFIG, start, listener, every);
        trainer.start();
        return trainer.await();
    }

    @Test
    void checkpointsComeAtEveryEpochEndAndWheneverTheIntervalHasPassed() throws InterruptedException {
        Checkpoints rare = new Checkpoints();
        train(null, rare, Duration.ofHours(1));
        assertThat(rare.saved).extracting(c -> c.position().epoch() + "/" + c.position().batch())
                .containsExactly("1/0", "2/0", "3/0");

        Checkpoints always = new Checkpoints();
        train(null, always, Duration.ZERO);
        // Before every minibatch but an epoch's first (the epoch end before it was just saved), plus each epoch end.
        assertThat(always.saved).hasSize(3 * 7 + 3);
        RunPosition mid = always.saved.get(10).position();
        assertThat(mid.epoch()).isEqualTo(1);
        assertThat(mid.batch()).isEqualTo(3);
        assertThat(mid.iteration()).isEqualTo(8 + 3);
        assertThat(mid.epochImages()).isEqualTo(3 * 32);
        assertThat(always.saved.get(10).history().epochCount()).isEqualTo(1);
    }

    @Test
    void aRunResumedFromAMidEpochCheckpointEndsExactlyAsTheUninterruptedRun() throws Exception {
        Checkpoints checkpoints = new Checkpoints();
        TrainingOutcome uninterrupted = train(null, checkpoints, Duration.ZERO);

        ModelFile mid = checkpoints.saved.stream()
                .filter(c -> c.position().epoch() == 1 && c.position().batch() == 5).findFirst().orElseThrow();
        Path file = dir.resolve("run.zip.checkpoint");
        ModelStore.save(file, mid); // through the file, as after a crash
        ModelFile loaded = ModelStore.load(file);
        assertThat(loaded.position()).isEqualTo(mid.position());

        TrainerTest.Recorder r = new TrainerTest.Recorder();
        TrainingOutcome resumed = train(loaded, r, Trainer.DEFAULT_CHECKPOINT_INTERVAL);

        assertThat(resumed.status()).isEqualTo(TrainingOutcome.Status.COMPLETED);
        assertThat(r.progress.get(0).iteration()).isEqualTo(8 + 5 + 1);
        assertThat(r.epochs).extracting(EpochRecord::epoch).containsExactly(2, 3);
        assertThat(resumed.model().params()).isEqualTo(uninterrupted.model().params());
        assertThat(resumed.model().optimizerState()).isEqualTo(uninterrupted.model().optimizerState());
        assertThat(losses(resumed.model())).isEqualTo(losses(uninterrupted.model()));
        assertThat(resumed.model().isCheckpoint()).isFalse();
    }

    @Test
    void aConvolutionalRunResumedMidEpochEndsExactlyAsTheUninterruptedRun() throws Exception {
        // 6x6 images: padded to 8x8 on the way in, cropped on the way out.
        VaeConfig conv = new VaeConfig(6, 6, List.of(8), 2, 1e-2, 32, 2, 1.0, 1, 7, Architecture.CONVOLUTIONAL);
        Checkpoints checkpoints = new Checkpoints();
        Trainer first = new Trainer(DATA, conv, null, checkpoints, Duration.ZERO);
        first.start();
        TrainingOutcome uninterrupted = first.await();
        ModelFile mid = checkpoints.saved.stream()
                .filter(c -> c.position().epoch() == 1 && c.position().batch() == 3).findFirst().orElseThrow();
        Path file = dir.resolve("conv.zip.checkpoint");
        ModelStore.save(file, mid);
        ModelFile loaded = ModelStore.load(file);
        assertThat(loaded.config().architecture()).isEqualTo(Architecture.CONVOLUTIONAL);

        Trainer second = new Trainer(DATA, conv, loaded, new Checkpoints());
        second.start();
        TrainingOutcome resumed = second.await();

        assertThat(resumed.status()).isEqualTo(TrainingOutcome.Status.COMPLETED);
        assertThat(resumed.model().params()).isEqualTo(uninterrupted.model().params());
        assertThat(resumed.model().optimizerState()).isEqualTo(uninterrupted.model().optimizerState());
        assertThat(losses(resumed.model())).isEqualTo(losses(uninterrupted.model()));
        assertThat(resumed.model().history().samples()).hasSameSizeAs(uninterrupted.model().history().samples());
    }

    @Test
    void aCheckpointDoesNotResumeOnDataWithAnotherNumberOfMinibatches() throws InterruptedException {
        Checkpoints checkpoints = new Checkpoints();
        train(null, checkpoints, Duration.ZERO);
        ModelFile late = checkpoints.saved.stream()
                .filter(c -> c.position().batch() == 7).findFirst().orElseThrow();
        Dataset smaller = SyntheticImages.dataset(64, 64, 6, 6);
        assertThatThrownBy(() -> new Trainer(smaller, CONFIG, late, new Checkpoints()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the checkpoint was trained on another dataset (256 training and 64 test images")
                .hasMessageContaining("not on this data (64 training");
        // A checkpoint from before checkpoints recorded their data: refused by where it stands.
        assertThatThrownBy(() -> new Trainer(smaller, CONFIG, late.trainedWith(null), new Checkpoints()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("epoch 1, minibatch 7")
                .hasMessageContaining("2 minibatches per epoch");
        // The window says both in its language, each figure kept.
        assertThat(chinese(() -> new Trainer(smaller, CONFIG, late, new Checkpoints())))
                .contains("另一个数据集", "256", "64", "6x6");
        assertThat(chinese(() -> new Trainer(smaller, CONFIG, late.trainedWith(null), new Checkpoints())))
                .contains("检查点", "第 1 轮、第 7 个小批量", "每轮 2 个小批量");
    }

    private static String chinese(ThrowingCallable refused) {
        Throwable e = catchThrowable(refused);
        assertThat(e).isInstanceOf(Explained.class);
        return ((Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE);
    }

    /** Train and test loss parts per epoch (the epochs' durations differ between runs). */
    private static List<String> losses(ModelFile model) {
        return model.history().epochs().stream().map(e -> e.train() + " | " + e.test()).toList();
    }
}
