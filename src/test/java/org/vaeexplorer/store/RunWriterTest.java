package org.vaeexplorer.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/** The run writer with a thread the test turns by hand: each queued task runs when the test says. */
class RunWriterTest {

    private static final VaeConfig CONFIG = new VaeConfig(4, 5, List.of(6), 2, 1e-3, 16, 3, 4.0, 0, 7);
    private static final String ID = "run-20261126-061502-00ab";

    @TempDir
    Path dir;

    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final Executor thread = queued::add;
    private final List<StoredRun> saved = new ArrayList<>();
    private final List<ModelFileException> failed = new ArrayList<>();
    private RunStore store;
    private RunWriter writer;

    @BeforeEach
    void writer() {
        store = new RunStore(dir);
        writer = new RunWriter(store, thread);
    }

    private static ModelFile model(int epochs) {
        TrainingHistory history = TrainingHistory.EMPTY;
        for (int e = 1; e <= epochs; e++) {
            history = history.plus(new EpochRecord(e, new LossParts(20, 2), new LossParts(21, 2), 4.0, 1.0, 1e-3));
        }
        return ModelFile.of(Vae.create(CONFIG), null, history);
    }

    private static ModelFile checkpoint(int epochs) {
        return model(epochs).at(new RunPosition(epochs, 0, epochs * 10L, LossParts.ZERO, 0, 0, 0));
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove().run();
        }
    }

    /** The one run in the folder: its epochs, and whether it is a checkpoint of a run that never ended. */
    private void holdsOneRun(int epochs, boolean interrupted) throws IOException {
        assertThat(store.list()).singleElement().satisfies(r -> {
            assertThat(r.history().epochCount()).isEqualTo(epochs);
            assertThat(r.interrupted()).isEqualTo(interrupted);
        });
    }

    @Test
    void ofCheckpointsQueuedFasterThanWrittenOnlyTheNewestIsWritten() throws IOException {
        writer.checkpoint(new RunRecord(ID, checkpoint(1)), saved::add, failed::add);
        writer.checkpoint(new RunRecord(ID, checkpoint(2)), saved::add, failed::add);
        runQueued();

        assertThat(saved).singleElement().satisfies(r -> assertThat(r.history().epochCount()).isEqualTo(2));
        holdsOneRun(2, true);
        assertThat(failed).isEmpty();
    }

    @Test
    void theFinishedRunIsWrittenAfterTheCheckpointsBeforeIt() throws IOException {
        writer.checkpoint(new RunRecord(ID, checkpoint(2)), saved::add, failed::add);
        writer.save(new RunRecord(ID, model(3)), saved::add, failed::add);
        runQueued();

        assertThat(saved).extracting(r -> r.history().epochCount()).containsExactly(2, 3);
        holdsOneRun(3, false);
    }

    @Test
    void aFileThatCannotBeWrittenIsReported() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("runs"), "a file where the runs folder should be");
        RunWriter writer = new RunWriter(new RunStore(notAFolder), thread);
        writer.save(new RunRecord(ID, model(1)), saved::add, failed::add);

        runQueued();

        assertThat(saved).isEmpty();
        assertThat(failed).hasSize(1);
    }

    @Test
    void flushSaysWhetherEverythingQueuedWasWritten() {
        writer.save(new RunRecord(ID, model(1)), saved::add, failed::add);
        assertThat(writer.flush(Duration.ZERO)).isFalse(); // the writer's thread has not turned

        RunWriter direct = new RunWriter(new RunStore(dir), Runnable::run);
        direct.save(new RunRecord(ID, model(1)), saved::add, failed::add);
        assertThat(direct.flush(Duration.ZERO)).isTrue();
        assertThat(saved).hasSize(1);
    }
}
