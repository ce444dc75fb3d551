package org.vaeexplorer.ui.evaluate;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetFingerprint;
import org.vaeexplorer.evaluation.KeptClassifiers;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.evaluation.DigitClassifier;
import org.vaeexplorer.evaluation.FullEvaluation;
import org.vaeexplorer.evaluation.FullEvaluator;
import org.vaeexplorer.model.Evaluation;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.SyntheticImages;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Evaluate tab's view model on a tiny model, few samples and the synchronous executor: no threads, no waiting. */
@org.junit.jupiter.api.extension.ExtendWith(org.testfx.framework.junit5.ApplicationExtension.class)
class EvaluateViewModelTest {

    private static final int K = 3;
    private static final int PRIOR_SAMPLES = 60;
    private static Dataset data;
    private static ModelFile trained;
    private static DigitClassifier judge;

    private final SimpleObjectProperty<ModelParams> model = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Dataset> shown = new SimpleObjectProperty<>();
    private final List<EvaluateViewModel.KeptRun> runsAsked = new ArrayList<>();
    private EvaluateViewModel.KeptRun runOnScreen;

    @BeforeAll
    static void tinyModel() throws InterruptedException {
        data = TestModels.tinyData();
        trained = TestModels.trainedModel(data, 2, 1);
        judge = DigitClassifier.create(data.rows(), data.cols(), 1); // untrained: a judge is a judge
    }

    private EvaluateViewModel viewModel() {
        model.set(ModelParams.frozen(trained.config(), trained.params()));
        shown.set(data);
        return new EvaluateViewModel(model, shown, new SynchronousBackgroundExecutor(), Runnable::run,
                (d, progress) -> judge, () -> {
                    runsAsked.add(runOnScreen);
                    return runOnScreen;
                }, K, PRIOR_SAMPLES);
    }

    @Test
    void evaluateShowsTheFiguresOfTheModelOnScreen() {
        EvaluateViewModel vm = viewModel();
        List<String> stages = new ArrayList<>();
        vm.stageProperty().addListener((obs, old, now) -> stages.add(now));

        vm.evaluate();

        EvaluateViewModel.Figures f = vm.figuresProperty().get();
        assertThat(f).isNotNull();
        Vae vae = trained.toVae();
        assertThat(f.test().negElbo()).isCloseTo(Evaluation.meanLoss(vae, data.test(), vae.config().seed()).negElbo(), within(1e-6));
        FullEvaluation expected = FullEvaluator.evaluate(vae, data.test(), judge,
                new FullEvaluation.Settings(K, PRIOR_SAMPLES, vae.config().seed()), (s, d, t) -> { });
        assertThat(f.full().iwaeSamples()).isEqualTo(K);
        assertThat(f.full().priorSamples()).isEqualTo(PRIOR_SAMPLES);
        assertThat(f.full().iwaeLogLikelihood()).isCloseTo(expected.iwaeLogLikelihood(), within(1e-6));
        assertThat(f.full().frechetDistance()).isCloseTo(expected.frechetDistance(), within(1e-6));
        assertThat(f.full().activeUnits()).isEqualTo(expected.activeUnits());
        assertThat(f.elboGap()).isCloseTo(f.full().iwaeLogLikelihood() + f.test().negElbo(), within(1e-12));
        // 2-D: every test encoding is on the density picture, which reaches as far as the farthest one.
        assertThat(Arrays.stream(f.density().shares()).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(f.keptRun()).isNull();
        assertThat(stages).anyMatch(s -> s.startsWith("importance-weighted log p(x)"))
                .anyMatch(s -> s.startsWith("decoding prior samples"));
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.staleProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Evaluated in");
    }

    /** The steps FullEvaluator names in English, and the status, reach the tab in the window's language. */
    @Test
    void inChineseEveryStepAndTheStatusReadChinese() throws Exception {
        EvaluateViewModel vm = viewModel();
        List<String> stages = new ArrayList<>();
        vm.stageProperty().addListener((obs, old, now) -> stages.add(now));
        useOnFx(Language.SIMPLIFIED_CHINESE);
        try {
            vm.evaluate();

            assertThat(stages).anyMatch(s -> s.startsWith("测试集 \u2212ELBO 0/1"))
                    .anyMatch(s -> s.startsWith("重要性加权 log p(x) "))
                    .anyMatch(s -> s.startsWith("正在解码先验样本 "))
                    .as("no step left in English").noneMatch(s -> s.matches(".*[a-z]{4,}.*"));
            assertThat(vm.statusProperty().get()).startsWith("评估完成，用时");
        } finally {
            useOnFx(Language.ENGLISH);
        }
        assertThat(vm.statusProperty().get()).as("at once, in the other language").startsWith("Evaluated in");
    }

    @Test
    void aStepNameBecomesItsKey() {
        assertThat(EvaluateViewModel.camelCase("importance-weighted log p(x)")).isEqualTo("importanceWeightedLogPX");
        assertThat(EvaluateViewModel.camelCase("trainingAClassifier")).as("a name already a key's").isEqualTo("trainingAClassifier");
        assertThat(EvaluateViewModel.stepName("evaluate.step.", "a step no bundle names")).isEqualTo("a step no bundle names");
    }

    @Test
    void theFiguresGoStaleWhenTheModelOrTheDataChangesAndFreshAgainOnEvaluate() {
        EvaluateViewModel vm = viewModel();
        vm.evaluate();

        model.set(ModelParams.frozen(trained.config(), trained.params())); // training went on: a new snapshot
        assertThat(vm.staleProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).contains("earlier model");
        assertThat(vm.figuresProperty().get()).as("stale figures stay, marked").isNotNull();

        vm.evaluate();
        assertThat(vm.staleProperty().get()).isFalse();

        shown.set(SyntheticImages.dataset(64, 50, VaeConfig.MNIST_SIDE, VaeConfig.MNIST_SIDE));
        assertThat(vm.staleProperty().get()).isTrue();
    }

    @Test
    void cancelStopsTheEvaluationAtItsNextStepAndKeepsTheFiguresBefore() {
        EvaluateViewModel vm = viewModel();
        vm.evaluate();
        EvaluateViewModel.Figures before = vm.figuresProperty().get();
        model.set(ModelParams.frozen(trained.config(), trained.params()));
        List<String> stagesAfterCancel = new ArrayList<>();
        boolean[] cancelled = new boolean[1];
        vm.stageProperty().addListener((obs, old, now) -> {
            if (cancelled[0]) {
                stagesAfterCancel.add(now);
            } else if (now.startsWith("importance-weighted")) {
                cancelled[0] = true;
                vm.cancel();
            }
        });

        vm.evaluate();

        assertThat(cancelled[0]).isTrue();
        assertThat(stagesAfterCancel).noneMatch(s -> s.startsWith("decoding prior samples"));
        assertThat(vm.figuresProperty().get()).isSameAs(before);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("earlier model"); // the old figures are still stale
        vm.evaluate();
        assertThat(vm.figuresProperty().get()).isNotSameAs(before);
    }

    @Test
    void anEvaluationOfAKeptRunNamesTheRunAndIsHandedOn() {
        EvaluateViewModel vm = viewModel();
        List<EvaluateViewModel.Figures> handed = new ArrayList<>();
        vm.setOnFinished(handed::add);
        runOnScreen = new EvaluateViewModel.KeptRun("run-20261202-180000-abcd", 1.0);

        vm.evaluate();

        assertThat(runsAsked).containsExactly(runOnScreen);
        assertThat(handed).singleElement().extracting(EvaluateViewModel.Figures::keptRun).isEqualTo(runOnScreen);
        assertThat(vm.statusProperty().get()).contains("kept with run run-20261202-180000-abcd");
    }

    @Test
    void aModelThatCannotReadTheImagesIsNotEvaluated() {
        EvaluateViewModel vm = viewModel();
        shown.set(SyntheticImages.dataset(64, 50, 20, 20));

        vm.evaluate();

        assertThat(vm.figuresProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("same image size");
    }

    @Test
    void aModelOfMoreDimensionsHasKlBarsForEachAndNoDensityPicture() throws InterruptedException {
        ModelFile four = TestModels.trainedModel(data, 4, 1);
        EvaluateViewModel vm = viewModel();
        model.set(ModelParams.frozen(four.config(), four.params()));

        vm.evaluate();

        assertThat(vm.figuresProperty().get().full().klPerDimension()).hasSize(4);
        assertThat(vm.figuresProperty().get().density()).isNull();
    }

    @Test
    void onADatasetOtherThanTheShippedClassifiersOneAClassifierIsTrainedFirstAndKept(@TempDir Path folder) {
        model.set(ModelParams.frozen(trained.config(), trained.params()));
        shown.set(data);
        EvaluateViewModel vm = new EvaluateViewModel(model, shown, new SynchronousBackgroundExecutor(), Runnable::run,
                ClassifierSource.keptIn(folder), EvaluateViewModel.KeptRuns.NONE, K, PRIOR_SAMPLES);
        List<String> stages = new ArrayList<>();
        vm.stageProperty().addListener((obs, old, now) -> stages.add(now));

        vm.evaluate();

        assertThat(stages).anyMatch(s -> s.startsWith("training a classifier"));
        assertThat(folder.resolve(new KeptClassifiers(Path.of("none"), folder).fileFor(DatasetFingerprint.of(data))
                .getFileName())).isRegularFile();
        assertThat(vm.figuresProperty().get().full().classifierTestAccuracy()).isBetween(0.0, 1.0);
    }

    /**
     * The language is the whole JVM's, and windows of other tests in this JVM listen to it on the FX thread: it
     * changes there.
     */
    private static void useOnFx(Language language) throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> I18n.use(language)).get();
    }
}
