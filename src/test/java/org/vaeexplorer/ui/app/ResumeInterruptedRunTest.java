package org.vaeexplorer.ui.app;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.ScriptedDialogs;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.RunRecord;
import org.vaeexplorer.store.RunStore;
import org.vaeexplorer.train.Trainer;
import org.vaeexplorer.train.TrainingListener;
import org.vaeexplorer.testing.TestModels;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runs folder holds a run the app did not survive (its file is a mid-epoch checkpoint): the next
 * launch offers to resume it, and Resume trains it to the end from that checkpoint, to the model the
 * uninterrupted run gives.
 */
@ExtendWith(ApplicationExtension.class)
class ResumeInterruptedRunTest {

    private static final int TIMEOUT_SECONDS = 90;
    private static final String RUN = "run-20261126-061500-beef";

    @TempDir
    static Path dir;
    private static Dataset data;
    private static ModelFile uninterrupted;
    private static Path runs;

    private ExplorerApp app;
    private Stage stage;

    @BeforeAll
    static void anInterruptedRun() throws Exception {
        data = TestModels.tinyData();
        List<ModelFile> checkpoints = new CopyOnWriteArrayList<>();
        Trainer trainer = new Trainer(data, TestModels.tinyConfig(2, 3), null, new TrainingListener() {
            @Override
            public void onCheckpoint(ModelFile checkpoint) {
                checkpoints.add(checkpoint);
            }
        }, Duration.ZERO);
        trainer.start();
        uninterrupted = trainer.await().model();
        ModelFile midEpoch = checkpoints.stream()
                .filter(c -> c.position().epoch() == 1 && c.position().batch() == 3).findFirst().orElseThrow();
        runs = dir.resolve("runs");
        new RunStore(runs).save(new RunRecord(RUN, midEpoch));
    }

    @Start
    void start(Stage primary) {
        stage = primary;
        app = new ExplorerApp(new Setup(null, null, dir, DataSource.of(data), runs), new ScriptedDialogs());
        app.start(primary);
    }

    @Stop
    void stop() {
        for (Window w : Window.getWindows().toArray(Window[]::new)) {
            if (w != stage) {
                w.hide();
            }
        }
        app.stop();
    }

    @Test
    void theNextLaunchOffersToResumeAndResumingFinishesTheRunAsIfNeverInterrupted(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#resumeMessage").tryQuery().isPresent());
        assertThat(robot.lookup("#resumeMessage").queryAs(Label.class).getText())
                .startsWith(RUN).contains("stopped at epoch 2, minibatch 3 of 3 epochs");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button resume = (Button) dialog.lookupButton(dialog.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        assertThat(resume.getText()).isEqualTo("Resume");

        robot.clickOn(resume);

        ExplorerViewModel vm = app.viewModel();
        // The tiny run may be over before a poll sees it train: wait for its end, seen in the model.
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !vm.training().activeBinding().get()
                && vm.modelProperty().get() != null && vm.modelProperty().get().history().epochCount() == 3);
        // The run's file is written on its own thread once the run ends.
        RunStore store = new RunStore(runs);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !store.list().get(0).interrupted());

        ModelFile finished = store.load(RUN);
        assertThat(store.list()).extracting(r -> r.id()).containsExactly(RUN);
        assertThat(finished.history().epochs()).extracting(EpochRecord::epoch).containsExactly(1, 2, 3);
        assertThat(finished.params().reshape(finished.params().length()))
                .isEqualTo(uninterrupted.params().reshape(uninterrupted.params().length()));
        assertThat(vm.runs().interruptedProperty().get()).isNull();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }
}
