package org.vaeexplorer.ui.runs;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.RunRecord;
import org.vaeexplorer.store.RunSetup;
import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.store.RunStore;
import org.vaeexplorer.store.StoredRun;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.testing.OnFxThread;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Runs tab names the class a run was trained without, as the plane's legend names its data's classes, in its
 * Left out column and, where the ticked runs differ in it, in the loss charts' legend; in the window's language.
 */
@ExtendWith(ApplicationExtension.class)
class RunLeftOutTest {

    private static final VaeConfig TINY = TestModels.tinyConfig(2, 1);

    @TempDir
    Path dir;

    @AfterEach
    void english() throws Exception {
        OnFxThread.run(() -> I18n.use(Language.ENGLISH));
    }

    /** A kept run that trained on the data in {@code folder} (null: made in memory) without class {@code leftOut}. */
    private static RunEntry run(String id, String folder, Integer leftOut, VaeConfig config) {
        return new RunEntry(new StoredRun(id, Path.of(id + ".zip"), config.withExcludedDigit(leftOut), TrainingHistory.EMPTY,
                null, new RunSetup(folder, null, 60)));
    }

    @Test
    void eachRowNamesTheClassItsRunLeftOutInTheLanguageChosen() throws Exception {
        OnFxThread.run(() -> {
            RunEntry digits = run("run-20261203-090000-0001", "/data/mnist", 3, TINY);
            RunEntry garments = run("run-20261203-090100-0002", "/data/fashion-mnist", 1, TINY);
            RunEntry numbered = run("run-20261203-090200-0003", null, 3, TINY);
            RunEntry every = run("run-20261203-090300-0004", "/data/mnist", null, TINY);

            assertThat(List.of(digits, garments, numbered, every)).extracting(r -> r.leftOutProperty().get())
                    .containsExactly("3", "Trouser", "class 3", "none");

            I18n.use(Language.SIMPLIFIED_CHINESE);

            assertThat(List.of(digits, garments, numbered, every)).extracting(r -> r.leftOutProperty().get())
                    .containsExactly("3", "裤子", "类别 3", "无");
        });
    }

    @Test
    void theLegendNamesTheClassLeftOutWhereTheTickedRunsDifferInIt() throws Exception {
        OnFxThread.run(() -> {
            RunEntry without3 = run("run-20261203-090000-0001", "/data/mnist", 3, TINY);
            RunEntry every = run("run-20261203-090100-0002", "/data/mnist", null, TINY);
            RunEntry everyBeta4 = run("run-20261203-090200-0003", "/data/mnist", null, TINY.withBeta(4, 0));

            assertThat(RunOverlay.of(List.of(without3, every))).extracting(RunOverlay::legend)
                    .containsExactly("left out=3", "left out=none");
            assertThat(RunOverlay.of(List.of(without3, everyBeta4))).extracting(RunOverlay::legend)
                    .containsExactly("\u03b2=1, left out=3", "\u03b2=4, left out=none");
            assertThat(RunOverlay.of(List.of(every, everyBeta4))).extracting(RunOverlay::legend)
                    .as("alike in what they left out: not named").containsExactly("\u03b2=1", "\u03b2=4");

            I18n.use(Language.SIMPLIFIED_CHINESE);

            assertThat(RunOverlay.of(List.of(without3, every))).extracting(RunOverlay::legend)
                    .containsExactly("排除=3", "排除=无");
        });
    }

    /**
     * A run records its data's class names (a folder's classes.txt gives them; a generated dataset's folder name
     * does not tell them), and its kept file brings them back; a file without them is named by its folder.
     */
    @Test
    void theClassNamesARunRecordedNameItsClassAfterItIsKept() throws Exception {
        ModelFile tiny = TestModels.trainedModel(TestModels.tinyData(), 2, 1);
        RunStore store = new RunStore(dir);
        List<String> letters = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J");
        String[] ids = {"run-20261203-090000-0001", "run-20261203-090100-0002", "run-20261203-090200-0003"};
        List<List<String>> recorded = java.util.Arrays.asList(ClassNames.DIGITS.names(), letters, null);
        for (int i = 0; i < ids.length; i++) {
            store.save(new RunRecord(ids[i], new ModelFile(tiny.config().withExcludedDigit(3), tiny.params(), null,
                    tiny.history()).trainedWith(new RunSetup("/data/generated-" + i, tiny.setup().data(), 60, recorded.get(i)))));
        }

        List<StoredRun> kept = store.list().stream().sorted(java.util.Comparator.comparing(StoredRun::id)).toList();
        List<String> shown = new java.util.ArrayList<>();
        OnFxThread.run(() -> kept.forEach(r -> shown.add(new RunEntry(r).leftOutProperty().get())));

        assertThat(shown).containsExactly("3", "D", "class 3");
    }

    @Test
    void theTableHasALeftOutColumn() throws Exception {
        ModelFile tiny = TestModels.trainedModel(TestModels.tinyData(), 2, 1);
        RunStore store = new RunStore(dir);
        String id = "run-20261203-090000-0001";
        store.save(new RunRecord(id, new ModelFile(tiny.config().withExcludedDigit(1), tiny.params(), null, tiny.history())
                .trainedWith(new RunSetup("/data/fashion-mnist", tiny.setup().data(), tiny.setup().checkpointSeconds()))));
        RunsViewModel runs = new RunsViewModel(store, new SynchronousBackgroundExecutor(), e -> { }, (file, run) -> { },
                new SimpleBooleanProperty(true));
        runs.refresh();

        OnFxThread.run(() -> {
            RunsView view = new RunsView(runs);
            view.listRunsWhile(new SimpleBooleanProperty(true));
            @SuppressWarnings("unchecked")
            TableView<RunEntry> table = (TableView<RunEntry>) view.lookup("#runsTable");
            TableColumn<RunEntry, ?> leftOut = table.getColumns().stream()
                    .filter(c -> c.getGraphic() instanceof Label l && l.getText().equals("Left out")).findFirst().orElseThrow();
            assertThat(leftOut.getCellData(table.getItems().get(0))).isEqualTo("Trouser");

            I18n.use(Language.SIMPLIFIED_CHINESE);

            assertThat(((Label) leftOut.getGraphic()).getText()).isEqualTo("排除类别");
            assertThat(leftOut.getCellData(table.getItems().get(0))).isEqualTo("裤子");
        });
    }
}
