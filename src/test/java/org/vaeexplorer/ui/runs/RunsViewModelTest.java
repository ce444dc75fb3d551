package org.vaeexplorer.ui.runs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.analysis.Hyperparameters;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.ui.app.DataSource;
import org.vaeexplorer.ui.app.ExplorerViewModel;
import org.vaeexplorer.ui.app.Setup;
import org.vaeexplorer.ui.session.CurrentModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Run comparison without a robot: runs kept on disk, listed, overlaid and made current. */
class RunsViewModelTest {

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

    private Setup setup() throws IOException {
        Path file = dir.resolve("tiny.zip");
        if (!Files.exists(file)) {
            TestModels.save(tiny, dir, "tiny.zip");
        }
        return new Setup(file, file, dir, DataSource.of(data), dir.resolve("my-runs"));
    }

    private ExplorerViewModel started() throws IOException {
        vm = new ExplorerViewModel(setup(), new SynchronousBackgroundExecutor());
        vm.start();
        return vm;
    }

    /** Trains a new tiny model to the end with β = {@code beta}; returns how the run ended. */
    private TrainingOutcome train(String beta, String epochs) throws Exception {
        vm.training().form().learningRateProperty().set("0.003"); // differs from the opened model: a new run
        vm.training().form().betaProperty().set(beta);
        vm.training().form().epochsProperty().set(epochs);
        vm.training().train();
        TrainingOutcome outcome = vm.training().runOutcome().get(60, TimeUnit.SECONDS);
        vm.onFrame();
        return outcome;
    }

    @Test
    void aRunIsCheckpointedToItsFileWhileItTrainsSoThatItCanResumeAfterACrash() throws Exception {
        started();
        RunsViewModel runs = vm.runs();
        org.vaeexplorer.store.RunPosition mid = new org.vaeexplorer.store.RunPosition(
                1, 3, 11, new org.vaeexplorer.model.LossParts(300, 20), 96, 5, 6);

        runs.runStarted(false);
        // A checkpoint is a copy made for its file alone (the writer frees it once written), as the trainer's are.
        runs.checkpoint(new ModelFile(tiny.config(), tiny.params().dup(),
                tiny.optimizerState() == null ? null : tiny.optimizerState().dup(), tiny.history(), mid));

        List<org.vaeexplorer.store.StoredRun> stored = new org.vaeexplorer.store.RunStore(dir.resolve("my-runs")).list();
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.interrupted()).isTrue();
            assertThat(r.position()).isEqualTo(mid);
        });
        assertThat(runs.runs()).singleElement().satisfies(r -> assertThat(r.run().interrupted()).isTrue());
        RunEntry row = runs.runs().get(0);

        runs.runEnded(tiny);
        // The same row shows the ended run: a table keeps its cells, and only their texts change.
        assertThat(runs.runs()).singleElement().isSameAs(row);
        assertThat(row.run().interrupted()).isFalse();
        assertThat(row.negElboProperty().get())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", tiny.history().last().test().negElbo()));
        assertThat(new org.vaeexplorer.store.RunStore(dir.resolve("my-runs")).list())
                .singleElement().satisfies(r -> assertThat(r.interrupted()).isFalse());
        // A new session lists it as an ordinary run: nothing to offer.
        vm.close();
        started();
        assertThat(vm.runs().runs()).hasSize(1);
        assertThat(vm.runs().interruptedProperty().get()).isNull();
    }

    @Test
    void aSessionStartingWithAnInterruptedRunOffersItOnce() throws Exception {
        org.vaeexplorer.store.RunPosition mid = new org.vaeexplorer.store.RunPosition(
                1, 3, 11, new org.vaeexplorer.model.LossParts(300, 20), 96, 5, 6);
        new org.vaeexplorer.store.RunStore(dir.resolve("my-runs"))
                .save(new org.vaeexplorer.store.RunRecord("run-20261126-070000-0001", tiny.at(mid)));
        started();
        assertThat(vm.runs().interruptedProperty().get()).isNotNull()
                .satisfies(r -> assertThat(r.id()).isEqualTo("run-20261126-070000-0001"));
        vm.runs().dismissInterrupted();
        vm.runs().refresh();
        assertThat(vm.runs().interruptedProperty().get()).isNull();
        assertThat(vm.runs().runs()).hasSize(1);
    }

    @Test
    void eachRunSaysWhichNetworksItTrained() throws Exception {
        org.vaeexplorer.train.Trainer trainer = new org.vaeexplorer.train.Trainer(data, TestModels.tinyConfig(2, 1)
                .withArchitecture(org.vaeexplorer.model.Architecture.CONVOLUTIONAL), null,
                new org.vaeexplorer.train.TrainingListener() { });
        trainer.start();
        ModelFile conv = trainer.await().model();
        org.vaeexplorer.store.RunStore store = new org.vaeexplorer.store.RunStore(dir.resolve("my-runs"));
        store.save(new org.vaeexplorer.store.RunRecord("run-20261202-070000-0001", tiny));
        store.save(new org.vaeexplorer.store.RunRecord("run-20261202-070100-0002", conv));

        started();

        assertThat(vm.runs().runs()).extracting(RunEntry::id, RunEntry::networks).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("run-20261202-070000-0001", "MLP"),
                org.assertj.core.groups.Tuple.tuple("run-20261202-070100-0002", "Convolutional"));
    }

    @Test
    void aFinishedRunIsKeptInTheRunsFolderAndListedWithItsFinalTestLosses() throws Exception {
        started();
        assertThat(vm.runs().runs()).isEmpty();

        TrainingOutcome outcome = train("1", "2");

        EpochRecord last = outcome.model().history().last();
        assertThat(vm.runs().runs()).singleElement().satisfies(r -> {
            assertThat(r.id()).matches("run-\\d{8}-\\d{6}-[0-9a-f]{4}");
            assertThat(r.last().test()).isEqualTo(last.test());
            assertThat(r.epochs()).isEqualTo("2 of 2");
            assertThat(r.history().trainCurve()).isEqualTo(vm.training().losses().trainCurve());
        });
        String id = vm.runs().runs().get(0).id();
        Path file = dir.resolve("my-runs").resolve(id + ".zip");
        assertThat(file).exists();
        // The run's file is an ordinary model file, curve included.
        ModelFile stored = ModelStore.load(file);
        assertThat(stored.history().epochs()).isEqualTo(outcome.model().history().epochs());
        assertThat(stored.history().trainCurve()).hasSize(2 * 8); // 2 epochs of 8 minibatches
    }

    @Test
    void runHistorySurvivesARestart() throws Exception {
        started();
        train("1", "1");
        RunEntry before = vm.runs().runs().get(0);
        vm.close();

        vm = new ExplorerViewModel(setup(), new SynchronousBackgroundExecutor());
        vm.start();

        assertThat(vm.runs().runs()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(before.id());
            assertThat(r.config()).isEqualTo(before.config());
            assertThat(r.history().epochs()).isEqualTo(before.history().epochs());
            assertThat(r.history().trainCurve()).isEqualTo(before.history().trainCurve());
            assertThat(r.last().test().negElbo()).isEqualTo(before.last().test().negElbo());
        });
    }

    @Test
    void tickedRunsAreOverlaidInTheirOwnColoursWithALegendOfWhatDiffers() throws Exception {
        started();
        train("1", "1");
        train("4", "1");
        List<RunEntry> runs = vm.runs().runs();
        assertThat(runs).hasSize(2);
        assertThat(vm.runs().overlaysProperty().get()).isEmpty();

        runs.get(0).tickedProperty().set(true);
        runs.get(1).tickedProperty().set(true);

        List<RunOverlay> overlays = vm.runs().overlaysProperty().get();
        assertThat(overlays).extracting(RunOverlay::legend).containsExactly("\u03b2=1", "\u03b2=4");
        assertThat(overlays.get(0).colour()).isNotEqualTo(overlays.get(1).colour());
        assertThat(overlays.get(1).history()).isSameAs(runs.get(1).history());

        runs.get(0).tickedProperty().set(false); // one run alone: nothing differs, the legend says when it ran
        assertThat(vm.runs().overlaysProperty().get()).singleElement()
                .satisfies(o -> assertThat(o.legend()).matches("run \\d\\d:\\d\\d:\\d\\d"));
    }

    @Test
    void aRunMadeCurrentLoadsItsParametersAndTrainingItFurtherContinuesThatRun() throws Exception {
        started();
        TrainingOutcome first = train("1", "1");
        train("4", "1");
        RunEntry firstRun = vm.runs().runs().get(0);

        vm.runs().makeCurrent(firstRun);

        CurrentModel current = vm.modelProperty().get();
        assertThat(current.name()).isEqualTo(firstRun.id());
        assertThat(current.file().params().data().asFloat()).containsExactly(first.model().params().data().asFloat());
        assertThat(vm.training().form().betaProperty().get()).isEqualTo("1");

        vm.training().form().epochsProperty().set("2"); // same settings, more epochs: Train continues
        assertThat(vm.training().trainLabelProperty().get()).isEqualTo("Continue training");
        vm.training().train();
        vm.training().runOutcome().get(60, TimeUnit.SECONDS);
        vm.onFrame();

        assertThat(vm.runs().runs()).hasSize(2);
        assertThat(vm.runs().runs().get(0).id()).isEqualTo(firstRun.id());
        assertThat(vm.runs().runs().get(0).history().epochCount()).isEqualTo(2);
    }

    @Test
    void aRunFolderThatCannotBeWrittenIsReportedAndTheModelStays() throws Exception {
        Files.writeString(dir.resolve("my-runs"), "a file where the runs folder should be");
        started();

        TrainingOutcome outcome = train("1", "1");

        assertThat(vm.errorProperty().get().title()).isEqualTo("Could not keep the run");
        assertThat(vm.modelProperty().get().file().params()).isSameAs(outcome.model().params());
        assertThat(vm.runs().runs()).isEmpty();
    }

    @Test
    void legendsNameOnlyTheHyperparametersThatDiffer() {
        var a = tiny.config();
        var b = a.withTraining(2e-3, a.batchSize(), a.epochs());
        var differing = Hyperparameters.differing(List.of(a, b));

        assertThat(differing).containsExactly(Hyperparameters.Field.LEARNING_RATE);
        assertThat(Hyperparameters.describe(b, differing)).isEqualTo("lr=2e-3");
        assertThat(Hyperparameters.number(1e-3)).isEqualTo("1e-3");
        assertThat(Hyperparameters.number(2.5e-4)).isEqualTo("2.5e-4");
        assertThat(Hyperparameters.number(0.1)).isEqualTo("0.1");
        assertThat(Hyperparameters.number(8)).isEqualTo("8");
    }
}
