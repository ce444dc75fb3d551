package org.vaeexplorer.ui.compare;

import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.analysis.SameLatentPoints;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.evaluation.Sharpness;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.train.Trainer;
import org.vaeexplorer.train.TrainingListener;
import org.vaeexplorer.ui.fx.UserError;
import org.vaeexplorer.ui.session.CurrentModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The side-by-side decoders without a window: the synchronous executor runs the background work at once. */
class ComparisonViewModelTest {

    @TempDir
    static Path dir;
    private static Dataset data;
    private static ModelFile mlp;
    private static ModelFile conv;
    private static Path convFile;
    private static Path mlp3File;

    private final ReadOnlyObjectWrapper<CurrentModel> onScreen = new ReadOnlyObjectWrapper<>();
    private final List<UserError> errors = new ArrayList<>();
    private ComparisonViewModel vm;

    @BeforeAll
    static void models() throws Exception {
        data = TestModels.tinyData();
        mlp = TestModels.trainedModel(data, 2, 1);
        Trainer trainer = new Trainer(data, TestModels.tinyConfig(2, 1).withArchitecture(Architecture.CONVOLUTIONAL), null,
                new TrainingListener() { });
        trainer.start();
        conv = trainer.await().model();
        convFile = TestModels.save(conv, dir, "conv.zip");
        mlp3File = TestModels.save(TestModels.trainedModel(data, 3, 1), dir, "mlp3.zip");
    }

    @BeforeEach
    void viewModel() {
        onScreen.set(new CurrentModel(mlp, "mlp.zip", dir.resolve("mlp.zip")));
        vm = new ComparisonViewModel(new SynchronousBackgroundExecutor(), onScreen.getReadOnlyProperty(),
                new ReadOnlyObjectWrapper<>(data).getReadOnlyProperty(), errors::add);
    }

    @Test
    void bothModelsDecodeTheSamePointsOfThePrior() {
        vm.compareWith(convFile);

        ComparisonViewModel.Comparison c = vm.comparisonProperty().get();
        assertThat(errors).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        float[] points = SameLatentPoints.draw(2, ComparisonViewModel.SAMPLES, c.seed());
        assertThat(c.onScreen().samples().pixels()).containsExactly(mlp.toVae().decodeToFloats(points, ComparisonViewModel.SAMPLES));
        assertThat(c.chosen().samples().pixels()).containsExactly(conv.toVae().decodeToFloats(points, ComparisonViewModel.SAMPLES));
        assertThat(c.onScreen().title()).isEqualTo("MLP: mlp.zip");
        assertThat(c.chosen().title()).isEqualTo("Convolutional: conv.zip");
        assertThat(c.chosen().details()).isEqualTo(String.format(Locale.ROOT, "test \u2212ELBO %.1f, sharpness %.3f",
                conv.history().last().test().negElbo(), Sharpness.mean(c.chosen().samples().pixels(), ComparisonViewModel.SAMPLES, 28, 28)));
        ImageSet test = data.test();
        assertThat(c.testSharpness()).isEqualTo(Sharpness.mean(test.scaledImages(IntStream.range(0, test.count()).toArray()),
                test.count(), 28, 28)); // the tiny test set has fewer than TEST_IMAGES
    }

    @Test
    void newPointsAreDecodedByTheSameTwoModels() {
        vm.compareWith(convFile);
        ComparisonViewModel.Comparison first = vm.comparisonProperty().get();

        vm.newPoints();

        ComparisonViewModel.Comparison second = vm.comparisonProperty().get();
        assertThat(second.seed()).isNotEqualTo(first.seed());
        float[] points = SameLatentPoints.draw(2, ComparisonViewModel.SAMPLES, second.seed());
        assertThat(points).isNotEqualTo(SameLatentPoints.draw(2, ComparisonViewModel.SAMPLES, first.seed()));
        assertThat(second.chosen().samples().pixels()).containsExactly(conv.toVae().decodeToFloats(points, ComparisonViewModel.SAMPLES));
        assertThat(second.onScreen().samples().pixels()).containsExactly(mlp.toVae().decodeToFloats(points, ComparisonViewModel.SAMPLES));
    }

    @Test
    void modelsOfDifferentLatentSizesAreRefusedWithBothSizesNamed() {
        vm.compareWith(mlp3File);

        assertThat(vm.comparisonProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Cannot compare with mlp3.zip");
            assertThat(e.message()).contains(mlp3File.toString(), "3-D", "mlp.zip a 2-D");
        });
    }

    @Test
    void aFileThatIsNoModelIsNamedAndTheLastComparisonStays() throws Exception {
        vm.compareWith(convFile);
        ComparisonViewModel.Comparison shown = vm.comparisonProperty().get();
        Path corrupt = TestModels.corruptFile(dir);

        vm.compareWith(corrupt);

        assertThat(vm.comparisonProperty().get()).isSameAs(shown);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Cannot compare with corrupt.zip");
            assertThat(e.message()).contains("corrupt.zip");
        });
    }

    @Test
    void theSamePointsForTheSameSeedAndTheirSpreadIsThePriors() {
        float[] a = SameLatentPoints.draw(20, 500, 7);
        assertThat(SameLatentPoints.draw(20, 500, 7)).containsExactly(a);
        assertThat(SameLatentPoints.draw(20, 500, 8)).isNotEqualTo(a);
        double sum = 0;
        double squares = 0;
        for (float v : a) {
            sum += v;
            squares += v * v;
        }
        double mean = sum / a.length;
        assertThat(mean).isBetween(-0.05, 0.05); // 10,000 draws: the mean's standard error is 0.01
        assertThat(squares / a.length - mean * mean).isBetween(0.95, 1.05);
    }
}
