package org.vaeexplorer.ui.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.analysis.LatentScatter;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.IdxFiles;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.train.TrainingOutcome;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's state in the situations of a lesson (issue 18), with a synchronous executor. */
class ClassroomStateTest {

    private static Dataset data;
    private static ModelFile tiny;
    private static ModelFile tinyLatent3;

    @TempDir
    Path dir;
    private ExplorerViewModel vm;

    @BeforeAll
    static void tinyModels() throws InterruptedException {
        data = TestModels.tinyData();
        tiny = TestModels.trainedModel(data, 2, 1);
        tinyLatent3 = TestModels.trainedModel(data, 3, 1);
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    private ExplorerViewModel started(Path modelFile) {
        vm = new ExplorerViewModel(new Setup(modelFile, modelFile, dir, DataSource.of(data)), new SynchronousBackgroundExecutor());
        vm.start();
        return vm;
    }

    private TrainingOutcome runToTheEnd() throws Exception {
        TrainingOutcome outcome = vm.training().runOutcome().get(60, TimeUnit.SECONDS);
        vm.onFrame();
        return outcome;
    }

    @Test
    void theStoppedNoteGoesWhenAnotherModelIsOpened() throws Exception {
        Path file = TestModels.save(tiny, dir, "tiny.zip");
        Path other = TestModels.save(tinyLatent3, dir, "latent3.zip");
        started(file);
        vm.training().form().learningRateProperty().set("0.002");
        vm.training().form().epochsProperty().set("400");
        vm.training().train();
        vm.training().stop();
        assertThat(runToTheEnd().status()).isEqualTo(TrainingOutcome.Status.STOPPED);
        assertThat(vm.training().outcomeMessageProperty().get()).contains("Train continues from here");

        vm.open(other);

        assertThat(vm.training().outcomeMessageProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).doesNotContain("continues");
    }

    @Test
    void theFinishedNoteSaysTheRunIsKeptAndGoesAfterReset() throws Exception {
        Path file = TestModels.save(tiny, dir, "tiny.zip");
        started(file);
        vm.training().form().learningRateProperty().set("0.002");
        vm.training().form().epochsProperty().set("1");
        vm.training().train();
        assertThat(runToTheEnd().status()).isEqualTo(TrainingOutcome.Status.COMPLETED);
        assertThat(vm.messageProperty().get()).startsWith("Training finished").contains("runs");
        assertThat(vm.runs().runs()).hasSize(1);

        vm.training().reset();

        assertThat(vm.modelProperty().get().history().epochCount()).isZero();
        assertThat(vm.messageProperty().get()).doesNotContain("finished").contains("untrained").contains("Runs");
        assertThat(vm.training().outcomeMessageProperty().get()).isEmpty();
    }

    @Test
    void aFinishedModelLeavesTheFormAtTheDefaultEpochsAndIsDescribedApart() throws Exception {
        EpochRecord last = tiny.history().last();
        List<EpochRecord> epochs = IntStream.rangeClosed(1, 150)
                .mapToObj(e -> new EpochRecord(e, last.train(), last.test(), 1, 1, 1e-2)).toList();
        ModelFile finished = new ModelFile(tiny.config().withTraining(1e-2, 32, 150), tiny.params(), null,
                new TrainingHistory(epochs, List.of()));
        started(TestModels.save(finished, dir, "long.zip"));

        assertThat(vm.training().form().epochsProperty().get()).isEqualTo(String.valueOf(VaeConfig.DEFAULT_EPOCHS));
        assertThat(vm.training().form().hiddenSizesProperty().get()).isEqualTo("16");
        assertThat(vm.training().trainLabelProperty().get()).isEqualTo("Train new model");
        assertThat(vm.training().loadedModelProperty().get())
                .isEqualTo("Loaded model: 784-16-2, 150 epochs, \u03b2 = 1, learning rate 0.01, batch 32");
    }

    @Test
    void aModelFinishedAtASmallerLearningRateSaysWhenItChangedAndANewRunStartsAtTheFirst() throws Exception {
        EpochRecord last = tiny.history().last();
        List<EpochRecord> epochs = IntStream.rangeClosed(1, 60)
                .mapToObj(e -> new EpochRecord(e, last.train(), last.test(), 1, 1, e <= 50 ? 1e-3 : 1e-4)).toList();
        ModelFile finished = new ModelFile(tiny.config().withTraining(1e-4, 32, 60), tiny.params(), null,
                new TrainingHistory(epochs, List.of()));
        started(TestModels.save(finished, dir, "lowered.zip"));

        assertThat(vm.training().loadedModelProperty().get())
                .isEqualTo("Loaded model: 784-16-2, 60 epochs, \u03b2 = 1, learning rate 0.001, then 1.0e-4 from epoch 51,"
                        + " batch 32");
        assertThat(vm.training().form().learningRateProperty().get()).isEqualTo("0.001");
        assertThat(vm.training().trainLabelProperty().get()).isEqualTo("Train new model");
    }

    @Test
    void anUnfinishedModelKeepsItsEpochsSoTrainContinuesIt() throws Exception {
        ModelFile unfinished = new ModelFile(tiny.config().withTraining(1e-2, 32, 3), tiny.params(), null, tiny.history());
        started(TestModels.save(unfinished, dir, "unfinished.zip"));

        assertThat(vm.training().form().epochsProperty().get()).isEqualTo("3");
        assertThat(vm.training().trainLabelProperty().get()).isEqualTo("Continue training");
        assertThat(vm.training().loadedModelProperty().get()).contains("1 of 3 epochs");
    }

    @Test
    void whilePausedThePanelSaysPausedWithoutSpeedOrTimeLeft() throws Exception {
        started(TestModels.save(tiny, dir, "tiny.zip"));
        vm.training().form().learningRateProperty().set("0.002");
        vm.training().form().epochsProperty().set("400");
        vm.training().train();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!vm.training().speedTextProperty().get().contains("images/s") && System.nanoTime() < deadline) {
            vm.onFrame(); // until the speed has been shown once
            Thread.onSpinWait();
        }
        assertThat(vm.training().speedTextProperty().get()).contains("images/s");

        vm.training().pause();
        for (int frame = 0; frame < 20; frame++) {
            vm.onFrame(); // news of the minibatch that ran on after Pause
        }

        assertThat(vm.training().speedTextProperty().get()).contains("Paused")
                .doesNotContain("images/s").doesNotContain("left");
        vm.training().stop();
        runToTheEnd();
    }

    @Test
    void aNewRunDropsTheOldModelsScatterAndShowsItsOwnWithItsFirstParameters() throws Exception {
        started(TestModels.save(tiny, dir, "tiny.zip"));
        LatentScatter old = vm.plane().scatterProperty().get();
        assertThat(old).isNotNull();
        vm.training().form().learningRateProperty().set("0.002");
        vm.training().form().epochsProperty().set("400");

        vm.training().train();

        assertThat(vm.plane().scatterProperty().get()).isNull();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (vm.plane().scatterProperty().get() == null && System.nanoTime() < deadline) {
            vm.onFrame();
            Thread.onSpinWait();
        }
        assertThat(vm.plane().scatterProperty().get()).isNotNull().isNotSameAs(old);
        vm.training().stop();
        runToTheEnd();
    }

    @Test
    void anotherDatasetNamesItsClassesAndAKeptModelIsCalledOutOfDistribution() throws Exception {
        started(TestModels.save(tiny, dir, "tiny.zip"));
        assertThat(vm.plane().classNamesProperty().get().name(3)).isEqualTo("class 3"); // synthetic: numbers
        {
            Path fashion = java.nio.file.Files.createDirectory(dir.resolve("fashion-mnist"));
            IdxFiles.writeDataset(fashion, 64, 40, 28, 28, false);
            var before = vm.modelProperty().get();

            vm.openDataset(fashion);

            assertThat(vm.modelProperty().get()).isSameAs(before);
            assertThat(vm.plane().classNamesProperty().get().name(1)).isEqualTo("Trouser");
            assertThat(vm.plane().classNamesProperty().get().item()).isEqualTo("image");
            assertThat(vm.messageProperty().get()).contains("out of distribution").contains("fashion-mnist");
        }
    }
}
