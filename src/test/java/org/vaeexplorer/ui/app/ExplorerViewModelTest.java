package org.vaeexplorer.ui.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.ui.plane.ReconstructionViewModel;
import org.vaeexplorer.ui.session.CurrentModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole window's state with a synchronous executor: every background task is done when a command returns. */
class ExplorerViewModelTest {

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

    private ExplorerViewModel started(Path modelFile, Path shipped) {
        vm = new ExplorerViewModel(new Setup(modelFile, shipped, dir, DataSource.of(data)), new SynchronousBackgroundExecutor());
        vm.start();
        return vm;
    }

    @Test
    void opensWithTheGivenModelAndDataAndIsInteractiveAtOnce() throws IOException {
        Path file = TestModels.save(tiny, dir, "tiny.zip");
        started(file, file);

        assertThat(vm.modelProperty().get().name()).isEqualTo("tiny.zip");
        assertThat(vm.modelStatusProperty().get()).startsWith("Model: tiny.zip (2-D, hidden 16, 1 epoch, test \u2212ELBO");
        assertThat(vm.dataStatusProperty().get()).isEqualTo("Data: synthetic (256 train / 200 test, 28x28)");
        assertThat(vm.interactiveProperty().get()).isTrue();
        assertThat(vm.plane().decodedProperty().get().image().pixels()).hasSize(784);
        assertThat(vm.plane().scatterProperty().get().size()).isEqualTo(TestModels.TEST_IMAGES);
        assertThat(vm.reconstructions().reconstructionsProperty().get().count()).isEqualTo(ReconstructionViewModel.DIGITS);
        assertThat(vm.samples().snapshots()).hasSameSizeAs(tiny.history().samples());
        assertThat(vm.training().losses().points(LossCurves.Quantity.NEGATIVE_ELBO, LossCurves.Split.TEST).size()).isEqualTo(1);
    }

    @Test
    void aMissingShippedModelOpensAnUntrainedOneAndSaysSo() {
        Path missing = dir.resolve("models").resolve("mnist-latent2.zip");
        started(missing, missing);

        assertThat(vm.modelProperty().get().name()).isEqualTo("untrained model");
        assertThat(vm.modelProperty().get().history().epochCount()).isZero();
        assertThat(vm.messageProperty().get()).contains("No model at").contains("untrained");
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.interactiveProperty().get()).isTrue();
    }

    @Test
    void aFailingLoadShowsAnErrorAndLeavesTheModelUntouched() throws IOException {
        Path file = TestModels.save(tiny, dir, "tiny.zip");
        started(file, file);
        CurrentModel before = vm.modelProperty().get();
        Object decodedBefore = vm.plane().decodedProperty().get();

        vm.open(TestModels.corruptFile(dir));

        assertThat(vm.errorProperty().get()).isNotNull();
        assertThat(vm.errorProperty().get().message()).contains("corrupt.zip").contains("current model is still loaded");
        assertThat(vm.modelProperty().get()).isSameAs(before);
        assertThat(vm.plane().decodedProperty().get()).isSameAs(decodedBefore);
        assertThat(vm.busyProperty().get()).isFalse();

        vm.acknowledgeError();
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void openingAnotherModelReplacesTheCurrentOne() throws IOException {
        Path file = TestModels.save(tiny, dir, "tiny.zip");
        Path other = TestModels.save(tinyLatent3, dir, "latent3.zip");
        started(file, file);

        vm.open(other);

        assertThat(vm.modelProperty().get().name()).isEqualTo("latent3.zip");
        assertThat(vm.plane().projectionProperty().get().isPca()).isTrue();
        assertThat(vm.plane().latentProperty().get()).hasSize(3);
        assertThat(vm.training().form().latentSizeProperty().get()).isEqualTo("3");
    }

    @Test
    void saveAsNeverOverwritesTheShippedModel() throws IOException {
        Path shipped = TestModels.save(tiny, dir, "mnist-latent2.zip");
        byte[] original = Files.readAllBytes(shipped);
        started(shipped, shipped);

        vm.saveAs(shipped);

        assertThat(vm.errorProperty().get().message()).contains("never overwritten");
        assertThat(Files.readAllBytes(shipped)).isEqualTo(original);
    }

    @Test
    void saveAsWritesALoadableFileAndNamesTheModelAfterIt() throws IOException {
        Path file = TestModels.save(tiny, dir, "tiny.zip");
        started(file, file);

        vm.saveAs(dir.resolve("copy")); // ".zip" is added

        Path saved = dir.resolve("copy.zip");
        assertThat(saved).exists();
        assertThat(ModelStore.load(saved).config()).isEqualTo(tiny.config());
        assertThat(vm.modelProperty().get().name()).isEqualTo("copy.zip");
        assertThat(vm.messageProperty().get()).startsWith("Saved ");
    }

    @Test
    void aFinishedRunBecomesTheCurrentModelWithItsSamples() throws Exception {
        Path file = TestModels.save(tiny, dir, "tiny.zip");
        started(file, file);
        vm.training().form().learningRateProperty().set("0.003"); // changed: a new model
        vm.training().form().epochsProperty().set("2");

        vm.training().train();
        assertThat(vm.modelStatusProperty().get()).isEqualTo("Model: new model (training, unsaved)");
        TrainingOutcome outcome = vm.training().runOutcome().get(30, TimeUnit.SECONDS);
        vm.onFrame();

        assertThat(outcome.status()).isEqualTo(TrainingOutcome.Status.COMPLETED);
        assertThat(vm.modelProperty().get().file().params()).isSameAs(outcome.model().params());
        assertThat(vm.modelProperty().get().history().epochs()).isEqualTo(outcome.model().history().epochs());
        assertThat(vm.modelProperty().get().name()).isEqualTo("new model (unsaved)");
        assertThat(vm.samples().snapshots()).hasSameSizeAs(outcome.model().history().samples());
        assertThat(vm.plane().scatterProperty().get().size()).isEqualTo(TestModels.TEST_IMAGES);
        assertThat(vm.filesEnabledBinding().get()).isTrue();
    }

    @Test
    void filesCannotBeOpenedOrSavedWhileTraining() throws Exception {
        Path file = TestModels.save(tiny, dir, "tiny.zip");
        started(file, file);
        vm.training().form().epochsProperty().set("400");
        vm.training().form().learningRateProperty().set("0.002");
        vm.training().train();

        assertThat(vm.filesEnabledBinding().get()).isFalse();
        vm.saveAs(dir.resolve("during.zip"));
        assertThat(dir.resolve("during.zip")).doesNotExist();

        vm.training().stop();
        vm.training().runOutcome().get(30, TimeUnit.SECONDS);
        vm.onFrame();
        assertThat(vm.filesEnabledBinding().get()).isTrue();
    }
}
