package org.vaeexplorer.ui.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.IdxFiles;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.ui.session.CurrentModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** File > Open dataset, without a robot: any folder of IDX files, or a clear error that changes nothing. */
class DatasetOpeningTest {

    private static Dataset data;
    private static ModelFile tiny;

    @TempDir
    Path dir;
    private ExplorerViewModel vm;

    @BeforeAll
    static void tinyModel() throws InterruptedException {
        data = TestModels.tinyData();
        tiny = TestModels.trainedModel(data, 2, 1);
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    private void started() throws IOException {
        Path file = TestModels.save(tiny, dir, "tiny.zip");
        vm = new ExplorerViewModel(new Setup(file, file, dir, DataSource.of(data)), new SynchronousBackgroundExecutor());
        vm.start();
    }

    @Test
    void aFolderOf14x14ImagesReplacesTheDataAndTheModelBySaysSoAndTrains() throws Exception {
        started();
        Path small = Files.createDirectory(dir.resolve("small-digits"));
        IdxFiles.writeDataset(small, 64, 40, 14, 14, false);

        vm.openDataset(small);

        Dataset d = vm.dataProperty().get();
        assertThat(d.name()).isEqualTo("small-digits");
        assertThat(d.rows()).isEqualTo(14);
        assertThat(vm.dataStatusProperty().get()).isEqualTo("Data: small-digits (64 train / 40 test, 14x14)");
        CurrentModel m = vm.modelProperty().get();
        assertThat(m.config().imageRows()).isEqualTo(14);
        assertThat(m.config().imageCols()).isEqualTo(14);
        assertThat(m.history().epochCount()).isZero();
        assertThat(m.config().hiddenSizes()).isEqualTo(tiny.config().hiddenSizes()); // only the image size changed
        assertThat(vm.messageProperty().get()).contains("28x28").contains("14x14").contains("untrained");
        assertThat(vm.plane().scatterProperty().get().size()).isEqualTo(40);

        vm.training().form().epochsProperty().set("1");
        vm.training().train();
        TrainingOutcome outcome = vm.training().runOutcome().get(60, TimeUnit.SECONDS);
        vm.onFrame();
        assertThat(outcome.status()).isEqualTo(TrainingOutcome.Status.COMPLETED);
        assertThat(vm.samples().snapshots().get(0).pixelsPerImage()).isEqualTo(14 * 14);
    }

    @Test
    void aFolderOfTheSameImageSizeKeepsTheModel() throws Exception {
        started();
        CurrentModel before = vm.modelProperty().get();
        Path same = Files.createDirectory(dir.resolve("same-size"));
        IdxFiles.writeDataset(same, 64, 40, 28, 28, true);

        vm.openDataset(same);

        assertThat(vm.dataProperty().get().name()).isEqualTo("same-size");
        assertThat(vm.modelProperty().get()).isSameAs(before);
    }

    @Test
    void aFolderWithACorruptFileShowsAnErrorNamingItAndChangesNothing() throws Exception {
        started();
        CurrentModel model = vm.modelProperty().get();
        Dataset before = vm.dataProperty().get();
        Path bad = Files.createDirectory(dir.resolve("bad"));
        IdxFiles.writeDataset(bad, 64, 40, 14, 14, false);
        IdxFiles.writeBytes(bad.resolve(DatasetLoader.TEST_IMAGES), new byte[] {0, 0, 8, 3, 0, 0, 0, 40, 0, 0}); // truncated

        vm.openDataset(bad);

        assertThat(vm.errorProperty().get().title()).isEqualTo("Could not open the dataset");
        assertThat(vm.errorProperty().get().message()).contains(DatasetLoader.TEST_IMAGES).contains("still loaded");
        assertThat(vm.dataProperty().get()).isSameAs(before);
        assertThat(vm.modelProperty().get()).isSameAs(model);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aFolderWithoutTheFilesSaysWhichIsMissing() throws Exception {
        started();
        Dataset before = vm.dataProperty().get();
        Path empty = Files.createDirectory(dir.resolve("empty"));

        vm.openDataset(empty);

        assertThat(vm.errorProperty().get().message()).contains("missing " + DatasetLoader.TRAIN_IMAGES);
        assertThat(vm.dataProperty().get()).isSameAs(before);
    }
}
