package org.vaeexplorer.ui.app;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.TinyWindowTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What would trip up a lecturer in class (issue 18), in the real window, headless under Monocle. */
class ClassroomBehaviourTest extends TinyWindowTest {

    @Test
    void afterRankTheNextMTogglesTheManifoldAndTypesNothingIntoTheForm(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("Anomalies");
        TextField latent = robot.lookup("#latentField").queryAs(TextField.class);
        String before = latent.getText();
        boolean manifold = vm().plane().manifoldVisibleProperty().get();

        robot.clickOn("#rankButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> app.tools().anomalies().rankingProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.scene().getFocusOwner()).isNotInstanceOf(TextField.class);
        assertThat(latent.getText()).isEqualTo(before);
        assertThat(vm().plane().manifoldVisibleProperty().get()).isEqualTo(!manifold);
        assertThat(vm().training().canTrainProperty().get()).isTrue();
        robot.clickOn("#latentField"); // a click still puts the focus into a field
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.scene().getFocusOwner()).isSameAs(latent);
    }

    @Test
    void interpolateOpensWithEachEndsBoxMatchingItsLabel(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("Interpolate");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> app.tools().interpolation().stripProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        for (String end : new String[] {"A", "B"}) {
            Spinner<?> box = robot.lookup("#interpolation" + end + "Index").queryAs(Spinner.class);
            String label = (end.equals("A") ? app.tools().interpolation().describeAProperty()
                    : app.tools().interpolation().describeBProperty()).get();
            assertThat(label).startsWith("test #" + box.getValue() + ",");
            assertThat(box.getEditor().getText()).isEqualTo(String.valueOf(box.getValue()));
        }
    }

    /** The item of the menu bar with {@code id}, in any menu or submenu. */
    private static MenuItem menuItem(FxRobot robot, String id) {
        List<MenuItem> all = new ArrayList<>();
        for (Menu m : robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()) {
            addItems(m, all);
        }
        return all.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static void addItems(Menu menu, List<MenuItem> into) {
        for (MenuItem i : menu.getItems()) {
            into.add(i);
            if (i instanceof Menu sub) {
                addItems(sub, into);
            }
        }
    }

    @Test
    void exportingAnUntrainedModelsHistorySaysNothingToExportBeforeAskingWhere(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> vm().training().reset());
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> vm().modelProperty().get().history().epochCount() == 0 && vm().training().canTrainProperty().get());

        for (String item : new String[] {"exportCsvMenuItem", "exportGifMenuItem"}) {
            robot.interact(() -> menuItem(robot, item).fire());
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(vm().errorProperty().get()).isNotNull();
            assertThat(vm().errorProperty().get().title()).isEqualTo("Nothing to export");
            assertThat(dialogs.exportsAsked()).isZero();
            robot.interact(() -> vm().acknowledgeError());
        }
    }

    /** Labels under {@code root} whose text shows cut short ("hidden=\u2026"). */
    private static List<String> truncated(Node root) {
        List<String> cut = new ArrayList<>();
        for (Node n : root.lookupAll(".label, .table-cell")) {
            if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
                Node shown = l.lookup(".text");
                if (shown instanceof Text t && !t.getText().equals(l.getText())) {
                    cut.add(l.getText() + " shown as " + t.getText());
                }
            }
        }
        return cut;
    }

    @Test
    void theRunsTableShowsWholeColumnsTheDatasetAndTheCurrentModelInTheLegend(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> {
            vm().training().form().learningRateProperty().set("0.003");
            vm().training().form().epochsProperty().set("1");
        });
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> !vm().training().activeBinding().get() && vm().runs().runs().size() == 1);
        robot.clickOn("#runsTab");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#runsTable").queryAs(TableView.class);

        assertThat(table.getColumns().stream().map(c -> c.getGraphic() instanceof Labeled l ? l.getText() : c.getText()))
                .contains("Data");
        assertThat(robot.lookup("#runsTable .table-cell").queryAllAs(Labeled.class).stream().map(Labeled::getText))
                .contains("in memory");
        assertThat(truncated(table)).isEmpty();
        robot.type(KeyCode.P); // presenter mode: larger type
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(truncated(table)).isEmpty();

        robot.interact(() -> vm().runs().runs().get(0).tickedProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        Node legend = robot.lookup("#overlayLegend").query();
        assertThat(legend.lookupAll(".label").stream().map(n -> ((Labeled) n).getText())).contains("current model");
    }

    @Test
    void dataThatAreNotDigitsAreNotCalledDigits(FxRobot robot) throws Exception {
        awaitReady(); // the synthetic test images have no names: plain class numbers
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#decodedTitle").queryLabeled().getText()).isEqualTo("Decoded image");
        assertThat(robot.lookup("#planeLegend").lookup(".label").queryAllAs(Labeled.class).stream().map(Labeled::getText))
                .contains("class 0", "class 9");
        robot.clickOn("Anomalies");
        assertThat(robot.lookup("#anomalyTitle").queryLabeled().getText()).isEqualTo("Least likely images");
    }

    @Test
    void thePlaneSaysTheCrossCanBeDragged(FxRobot robot) throws Exception {
        awaitReady();
        WaitForAsyncUtils.waitForFxEvents();

        Labeled hint = robot.lookup("#planeHint").queryLabeled();
        assertThat(hint.getText()).startsWith("Drag the cross");
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getWidth()).isPositive();
    }

    @Test
    void theBandOfPanelsAndTheChartsEachSayWhatTheyShowOutsidePresenterMode(FxRobot robot) throws Exception {
        awaitReady();
        WaitForAsyncUtils.waitForFxEvents();

        Labeled band = robot.lookup("#bandHelp").queryLabeled();
        assertThat(band.isVisible()).isTrue();
        assertThat(band.getHeight()).isPositive();
        assertThat(band.getText()).as("the plane, the decoded digit and the reconstructions")
                .contains("drag the cross").contains("decoder's picture").contains("in and out of the VAE");
        List<Labeled> lines = robot.lookup(".help-line").queryAllAs(Labeled.class).stream()
                .filter(javafx.scene.Node::isVisible).toList();
        assertThat(lines).as("the band's line and the loss charts' line at least").hasSizeGreaterThanOrEqualTo(2);

        WaitForAsyncUtils.asyncFx(() -> app.viewModel().display().togglePresenter()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(band.isVisible()).as("presenter mode gives the room to the pictures").isFalse();
    }
}
