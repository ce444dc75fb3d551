package org.vaeexplorer.ui.runs;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.evaluation.FullEvaluation;
import org.vaeexplorer.evaluation.KeptEvaluation;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.RunRecord;
import org.vaeexplorer.store.RunStore;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.ui.fx.UserError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Runs tab's evaluation columns: the figures kept beside each run, blank where there are none. */
class RunEvaluationColumnsTest {

    private static final String EVALUATED = "run-20261202-180000-aaaa";
    private static final String NOT_EVALUATED = "run-20261202-180100-bbbb";
    private static ModelFile tiny;

    @TempDir
    Path dir;
    private final List<UserError> errors = new ArrayList<>();

    @BeforeAll
    static void tinyModel() throws InterruptedException {
        tiny = TestModels.trainedModel(TestModels.tinyData(), 2, 1);
    }

    private static KeptEvaluation evaluation(double trainedEpochs, double iwae) {
        return new KeptEvaluation(trainedEpochs, new LossParts(500, 3), new FullEvaluation(iwae, 100, 10_000, 0.8754,
                new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, 12.345, 0.0312, 0.2701, 1,
                new double[] {2.5, 0.001}, 0.0437, 0.99), 12);
    }

    private RunsViewModel runs(RunStore store) {
        RunsViewModel runs = new RunsViewModel(store, new SynchronousBackgroundExecutor(), errors::add,
                (file, id) -> { }, new SimpleBooleanProperty(true));
        runs.refresh();
        return runs;
    }

    private static RunEntry row(RunsViewModel runs, String id) {
        return runs.runs().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aKeptEvaluationFillsItsRunsColumnsAndTheOthersStayBlank() throws Exception {
        RunStore store = new RunStore(dir);
        store.save(new RunRecord(EVALUATED, tiny));
        store.save(new RunRecord(NOT_EVALUATED, tiny));
        evaluation(tiny.history().trainedEpochs(), -210.46).write(store.evaluationFileOf(EVALUATED));

        RunsViewModel runs = runs(store);

        RunEntry evaluated = row(runs, EVALUATED);
        assertThat(evaluated.iwaeProperty().get()).isEqualTo("\u2212210.5");
        assertThat(evaluated.confidenceProperty().get()).isEqualTo("0.875");
        assertThat(evaluated.frechetProperty().get()).isEqualTo("12.35");
        assertThat(evaluated.sharpnessProperty().get()).isEqualTo("0.031 / 0.270");
        assertThat(evaluated.activeUnitsProperty().get()).isEqualTo("1 of 2");
        assertThat(evaluated.holesProperty().get()).isEqualTo("4.4%");
        RunEntry other = row(runs, NOT_EVALUATED);
        assertThat(List.of(other.iwaeProperty().get(), other.confidenceProperty().get(), other.frechetProperty().get(),
                other.sharpnessProperty().get(), other.activeUnitsProperty().get(), other.holesProperty().get()))
                .containsOnly("");
    }

    @Test
    void anEvaluationKeptNowIsWrittenBesideTheRunAndShownInItsRow() throws Exception {
        RunStore store = new RunStore(dir);
        store.save(new RunRecord(NOT_EVALUATED, tiny));
        RunsViewModel runs = runs(store);

        runs.keepEvaluation(NOT_EVALUATED, evaluation(tiny.history().trainedEpochs(), -99));

        assertThat(Files.isRegularFile(store.evaluationFileOf(NOT_EVALUATED))).isTrue();
        assertThat(row(runs, NOT_EVALUATED).iwaeProperty().get()).isEqualTo("\u221299.0");
        assertThat(row(runs(store), NOT_EVALUATED).iwaeProperty().get()).as("listed again").isEqualTo("\u221299.0");
        assertThat(errors).isEmpty();
    }

    @Test
    void theFiguresOfARunTrainedFurtherSinceAreNotShownAsItsOwn() throws Exception {
        RunStore store = new RunStore(dir);
        store.save(new RunRecord(EVALUATED, tiny));
        evaluation(tiny.history().trainedEpochs() - 0.5, -210).write(store.evaluationFileOf(EVALUATED));

        assertThat(row(runs(store), EVALUATED).iwaeProperty().get()).isEmpty();
    }

    @Test
    void aRunWithoutAFileKeepsNoEvaluation() {
        RunsViewModel runs = runs(new RunStore(dir));

        runs.keepEvaluation(EVALUATED, evaluation(1, -1));

        assertThat(Files.exists(new RunStore(dir).evaluationFileOf(EVALUATED))).isFalse();
        assertThat(errors).isEmpty();
    }
}
