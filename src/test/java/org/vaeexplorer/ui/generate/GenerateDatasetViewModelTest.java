package org.vaeexplorer.ui.generate;

import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.evaluation.DigitClassifier;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;
import org.vaeexplorer.ui.fx.UserError;
import org.vaeexplorer.ui.session.CurrentModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** File > Generate dataset on the tiny model, with a synchronous executor: what it writes, says and offers. */
@org.junit.jupiter.api.extension.ExtendWith(org.testfx.framework.junit5.ApplicationExtension.class)
class GenerateDatasetViewModelTest {

    private static ModelFile model;
    private static Dataset tiny;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private final List<UserError> errors = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private final List<Double> progress = new ArrayList<>();

    @BeforeAll
    static void trainTinyModel() throws Exception {
        tiny = TestModels.tinyData();
        model = TestModels.trainedModel(tiny, 2, 1);
    }

    private GenerateDatasetViewModel viewModel(Dataset data, Path classifier) {
        GenerateDatasetViewModel vm = new GenerateDatasetViewModel(new SynchronousBackgroundExecutor(),
                new ReadOnlyObjectWrapper<>(new CurrentModel(model, "tiny", null)).getReadOnlyProperty(),
                new ReadOnlyObjectWrapper<>(data).getReadOnlyProperty(), classifier, errors::add, m -> messages.add(m.get()), opened::add);
        vm.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        return vm;
    }

    /** The steps GeneratedDataset names in English reach the progress dialog, and the result the user, in Chinese. */
    @Test
    void inChineseTheStepsAndTheResultReadChinese() throws Exception {
        Path classifier = shared.resolve("classifier-zh.zip");
        DigitClassifier.create(28, 28, 1).save(classifier);
        GenerateDatasetViewModel vm = viewModel(new Dataset("mnist-tiny", tiny.train(), tiny.test()), classifier);
        List<String> stages = new ArrayList<>();
        vm.stageProperty().addListener((obs, old, now) -> stages.add(now));
        Path out = dir.resolve("generated");
        useOnFx(Language.SIMPLIFIED_CHINESE);
        try {
            vm.generate(2, out, false, 1);

            assertThat(errors).isEmpty();
            assertThat(stages).first().isEqualTo("正在开始");
            assertThat(stages).anyMatch(s -> s.startsWith("正在编码带标签的图像 ")).anyMatch(s -> s.startsWith("正在解码样本 "))
                    .anyMatch(s -> s.startsWith("正在对样本分类 ")).anyMatch(s -> s.startsWith("正在写入文件 "))
                    .as("no step left in English").noneMatch(s -> s.matches(".*[a-z]{4,}.*"));
            assertThat(vm.doneProperty().get().describeAgreement()).startsWith("对 ").contains("各类别：");
            assertThat(messages.get(messages.size() - 1)).startsWith("已生成 ");
        } finally {
            useOnFx(Language.ENGLISH);
        }
    }

    /** Digits (a dataset named as MNIST) of the classifier's size: it is judged, and the result is offered for opening. */
    @Test
    void writesTheDatasetReportsAgreementAndOpensIt() throws Exception {
        Path classifier = shared.resolve("classifier.zip");
        DigitClassifier.create(28, 28, 1).save(classifier);
        Dataset digits = new Dataset("mnist-tiny", tiny.train(), tiny.test());
        GenerateDatasetViewModel vm = viewModel(digits, classifier);
        Path out = dir.resolve("generated");

        vm.generate(5, out, false, 1);

        assertThat(errors).isEmpty();
        GenerateDatasetViewModel.Done done = vm.doneProperty().get();
        int classes = (int) java.util.stream.IntStream.range(0, 10).filter(c -> hasClass(tiny, c)).count();
        assertThat(done.images()).isEqualTo(5 * classes);
        assertThat(done.agreement()).isNotNull();
        assertThat(java.util.stream.IntStream.of(done.agreement().counts()).boxed().toList()).allMatch(n -> n == 0 || n == 5);
        assertThat(done.describeAgreement()).contains("%");
        Dataset read = DatasetLoader.load(out);
        assertThat(read.train().count()).isEqualTo(5 * classes);
        assertThat(read.test().labels()).containsExactly(tiny.test().labels());
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(progress).contains(1.0);
        assertThat(messages.get(messages.size() - 1)).contains("Generated").contains(out.toAbsolutePath().toString());

        vm.openGenerated();

        assertThat(opened).containsExactly(out);
        assertThat(vm.doneProperty().get()).isNull();
    }

    @Test
    void imagesThatAreNotDigitsGetNoAgreementAndSayWhy() {
        GenerateDatasetViewModel vm = viewModel(tiny, null); // named "synthetic"

        vm.generate(2, dir, false, 1);

        assertThat(vm.doneProperty().get().agreement()).isNull();
        assertThat(vm.doneProperty().get().describeAgreement()).contains("not MNIST");
    }

    @Test
    void aBadCountIsNamed() {
        GenerateDatasetViewModel vm = viewModel(tiny, null);

        assertThat(vm.perClass(" 40 ")).isEqualTo(40);
        assertThat(vm.perClass("forty")).isNull();
        assertThat(vm.perClass("0")).isNull();
        assertThat(vm.perClass("10001")).isNull();

        assertThat(errors).extracting(UserError::message).satisfiesExactly(
                m -> assertThat(m).contains("\"forty\""), m -> assertThat(m).contains("\"0\""),
                m -> assertThat(m).contains("\"10001\""));
    }

    @Test
    void aDatasetAlreadyThereIsKeptAndNamedUnlessReplacing() throws Exception {
        Path old = Files.writeString(dir.resolve(DatasetLoader.TEST_IMAGES + ".gz"), "earlier work");
        GenerateDatasetViewModel vm = viewModel(tiny, null);
        assertThat(vm.existing(dir)).containsExactly(old);

        vm.generate(2, dir, false, 1);

        assertThat(errors).singleElement().extracting(UserError::message).asString().contains(old.getFileName().toString());
        assertThat(old).hasContent("earlier work");
        assertThat(vm.doneProperty().get()).isNull();

        vm.generate(2, dir, true, 1);

        assertThat(DatasetLoader.load(dir).test().count()).isEqualTo(tiny.test().count());
    }

    /** Cancel while decoding: it stops at the next step, nothing is written, and a dataset it was to replace stays. */
    @Test
    void cancellingStopsBeforeAnythingIsWritten() throws Exception {
        Path earlier = Files.writeString(dir.resolve(DatasetLoader.TRAIN_LABELS), "earlier work");
        GenerateDatasetViewModel vm = viewModel(tiny, null);
        vm.stageProperty().addListener((obs, old, now) -> {
            if (now.startsWith("decoding")) {
                vm.cancel();
            }
        });

        vm.generate(2, dir, true, 1);

        assertThat(earlier).hasContent("earlier work");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.doneProperty().get()).isNull();
        assertThat(errors).isEmpty();
        assertThat(messages.get(messages.size() - 1)).contains("stopped");
        assertThat(dir.resolve(DatasetLoader.TRAIN_IMAGES + ".gz")).doesNotExist();
    }

    private static boolean hasClass(Dataset d, int c) {
        for (byte label : d.train().labels()) {
            if (label == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * The language is the whole JVM's, and windows of other tests in this JVM listen to it on the FX thread: it
     * changes there.
     */
    private static void useOnFx(Language language) throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> I18n.use(language)).get();
    }
}
