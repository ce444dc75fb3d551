package org.vaeexplorer.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunStoreTest {

    private static final VaeConfig CONFIG = new VaeConfig(4, 5, List.of(6), 2, 1e-3, 16, 3, 4.0, 0, 7);

    @TempDir
    Path dir;

    private static ModelFile model(double testLoss) {
        Vae vae = Vae.create(CONFIG);
        TrainingHistory history = TrainingHistory.EMPTY
                .plus(new EpochRecord(1, new LossParts(20, 2), new LossParts(testLoss, 1.5), 4.0, 1.0, 1e-3))
                .withTrainCurve(List.of(new CurvePoint(0, 30, 1), new CurvePoint(0.5, 25, 1.5), new CurvePoint(1, 21, 2)));
        return ModelFile.of(vae, null, history);
    }

    @Test
    void idsSayWhenTheRunStartedAndSortByIt() {
        String id = RunStore.newId(LocalDateTime.of(2026, 11, 26, 6, 15, 2), new Random(1));

        assertThat(id).matches("run-20261126-061502-[0-9a-f]{4}");
        assertThat(RunStore.newId(LocalDateTime.of(2026, 11, 26, 6, 15, 3), new Random(1))).isGreaterThan(id);
    }

    @Test
    void aSavedRunIsListedWithItsHistoryAndLoadsWithItsWeights() throws IOException {
        RunStore store = new RunStore(dir.resolve("runs"));
        ModelFile saved = model(12.5);
        Path file = store.save(new RunRecord("run-20261126-061502-00ab", saved));

        assertThat(file).isEqualTo(dir.resolve("runs").resolve("run-20261126-061502-00ab.zip"));
        List<StoredRun> runs = new RunStore(dir.resolve("runs")).list();
        assertThat(runs).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("run-20261126-061502-00ab");
            assertThat(r.config()).isEqualTo(CONFIG);
            assertThat(r.history().epochs()).isEqualTo(saved.history().epochs());
            assertThat(r.history().trainCurve()).isEqualTo(saved.history().trainCurve());
        });
        ModelFile loaded = store.load("run-20261126-061502-00ab");
        assertThat(loaded.params().reshape(saved.params().length())).isEqualTo(saved.params().reshape(saved.params().length()));
    }

    @Test
    void savingARunAgainReplacesItsFile() throws IOException {
        RunStore store = new RunStore(dir);
        store.save(new RunRecord("run-20261126-061502-00ab", model(12.5)));
        store.save(new RunRecord("run-20261126-061502-00ab", model(9.0)));

        assertThat(store.list()).singleElement()
                .satisfies(r -> assertThat(r.history().last().test().reconstruction()).isEqualTo(9.0));
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1); // no temporary file left behind
        }
    }

    @Test
    void listsOldestFirstAndSkipsFilesThatAreNotRuns() throws IOException {
        RunStore store = new RunStore(dir);
        store.save(new RunRecord("run-20261126-070000-0001", model(1)));
        store.save(new RunRecord("run-20261125-230000-0002", model(2)));
        Files.writeString(dir.resolve("run-20261126-080000-0003.zip"), "not a zip");
        Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThat(store.list()).extracting(StoredRun::id)
                .containsExactly("run-20261125-230000-0002", "run-20261126-070000-0001");
    }

    @Test
    void aMissingFolderHasNoRuns() throws IOException {
        assertThat(new RunStore(dir.resolve("nowhere")).list()).isEmpty();
    }

    @Test
    void rejectsIdsThatAreNotRunIds() {
        assertThatThrownBy(() -> new RunRecord("../escape", model(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTrainingCurveIsStoredAsThreeArraysInTheHeader() throws IOException {
        Path file = new RunStore(dir).save(new RunRecord("run-20261126-061502-00ab", model(12.5)));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String header = new String(zip.getInputStream(zip.getEntry(ModelStore.HEADER)).readAllBytes());
            assertThat(header).contains("\"trainCurve\"").contains("\"reconstruction\" : [ 30.0, 25.0, 21.0 ]");
        }
    }

    @Test
    void aLongCurveIsThinnedEvenlyKeepingBothEnds() {
        List<CurvePoint> curve = new java.util.ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            curve.add(new CurvePoint(i / 100.0, 200 - i * 0.1, 5));
        }

        List<CurvePoint> thin = CurvePoint.thinned(curve, 11);

        assertThat(thin).hasSize(11);
        assertThat(thin.get(0)).isEqualTo(curve.get(0));
        assertThat(thin.get(5)).isEqualTo(curve.get(500));
        assertThat(thin.get(10)).isEqualTo(curve.get(1000));
        assertThat(CurvePoint.thinned(curve.subList(0, 11), 11)).isEqualTo(curve.subList(0, 11));
    }
}
