package org.vaeexplorer.ui.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.ScriptedDialogs;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.RunStore;
import org.vaeexplorer.store.StoredRun;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.ui.training.TrainingViewModel;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the window (or the process being asked to end, which closes it the same way) while a run trains:
 * the run stops after its minibatch and its file is a checkpoint of exactly where it stood, kept before the
 * window is gone, so that the next start offers to resume it there (ResumeInterruptedRunTest).
 */
@ExtendWith(ApplicationExtension.class)
class ClosingWhileTrainingTest {

    private static final int TIMEOUT_SECONDS = 90;

    @TempDir
    Path dir;

    private ExplorerApp app;
    private Stage stage;
    private Path runs;

    @Start
    void start(Stage primary) {
        stage = primary;
        runs = dir.resolve("runs");
        app = new ExplorerApp(new Setup(null, null, dir, DataSource.of(TestModels.tinyData()), runs), new ScriptedDialogs());
        app.start(primary);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void closingMidRunKeepsACheckpointOfWhereTheRunStood() throws Exception {
        TrainingViewModel training = app.viewModel().training();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> training.canTrainProperty().get());
        WaitForAsyncUtils.asyncFx(() -> {
            // A long run of small minibatches: the window closes mid-epoch, far from its end.
            training.form().batchSizeProperty().set("2");
            training.form().epochsProperty().set("1000");
            training.train();
        }).get();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> training.progressProperty().get() > 1.5 / 1000);
        CompletableFuture<TrainingOutcome> outcome = WaitForAsyncUtils.asyncFx(training::runOutcome).get();

        WaitForAsyncUtils.asyncFx(() -> {
            stage.close();
            app.stop(); // what JavaFX calls once the last window has closed
        }).get();

        TrainingOutcome ended = outcome.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        ModelFile reached = ended.model();
        List<StoredRun> kept = new RunStore(runs).list();
        assertThat(kept).hasSize(1);
        StoredRun run = kept.get(0);
        assertThat(run.interrupted()).as("the run's file is a checkpoint the next start resumes").isTrue();
        assertThat(run.position().epoch()).as("the checkpoint is in the epoch the run stopped in")
                .isEqualTo(reached.history().epochCount());
        // Where it stood, to the minibatch: a stop that arrives during an epoch's closing evaluation stands at
        // the next epoch's minibatch 0, so a minibatch of 0 alone does not mean the epoch's end was kept.
        assertThat(ended.ending()).as("the run stopped on its way").isInstanceOf(TrainingOutcome.Ending.Stopped.class);
        TrainingOutcome.Ending.Stopped stoppedAt = (TrainingOutcome.Ending.Stopped) ended.ending();
        // a position counts the epochs finished; the ending names the epoch it stopped in, from 1
        assertThat(run.position().epoch() + 1).as("a checkpoint of where the run stood").isEqualTo(stoppedAt.epoch());
        assertThat(run.position().batch()).as("a checkpoint of where the run stood").isEqualTo(stoppedAt.minibatch());
    }
}
