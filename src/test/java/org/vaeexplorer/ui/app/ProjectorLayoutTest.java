package org.vaeexplorer.ui.app;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.testing.TinyWindow;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window on a projector: at 1280x720 and 1024x768, normal and presenter mode, reached by shrinking
 * the window before or after pressing P, every tab shows with no label or tab cut short, nothing
 * outside the window, every tool fitting its tab, loss charts at least {@link #MIN_CHART_HEIGHT} tall,
 * and the divider above the tabs drags.
 */
class ProjectorLayoutTest extends TinyWindowTest {

    static final double MIN_CHART_HEIGHT = 200;

    @Test
    void shrunkTo1280x720ThenPresenterModeEverythingShowsInFull(FxRobot robot) throws Exception {
        awaitReady();
        resize(robot, 1280, 720);
        List<String> problems = new ArrayList<>(everyTab(robot, "1280x720 normal"));
        robot.type(KeyCode.P);
        problems.addAll(everyTab(robot, "1280x720 presenter"));

        assertThat(problems).isEmpty();
    }

    /** Chinese sets other words in another font: a class taught in Chinese sees every tab whole too. */
    @Test
    void inChineseAt1280x720EverythingShowsInFull(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> I18n.use(Language.SIMPLIFIED_CHINESE));
        try {
            resize(robot, 1280, 720);
            List<String> problems = new ArrayList<>(everyTab(robot, "1280x720 normal, Chinese"));
            robot.type(KeyCode.P);
            problems.addAll(everyTab(robot, "1280x720 presenter, Chinese"));
            robot.type(KeyCode.P);

            assertThat(problems).isEmpty();
        } finally {
            robot.interact(() -> I18n.use(Language.ENGLISH));
        }
    }

    @Test
    void presenterModeThenShrunkTo1024x768EverythingShowsInFull(FxRobot robot) throws Exception {
        awaitReady();
        robot.type(KeyCode.P);
        resize(robot, 1024, 768);
        List<String> problems = new ArrayList<>(everyTab(robot, "1024x768 presenter"));
        robot.type(KeyCode.P);
        problems.addAll(everyTab(robot, "1024x768 normal"));

        assertThat(problems).isEmpty();
    }

    @Test
    void theDividerAboveTheTabsDragsUpAt1280x720(FxRobot robot) throws Exception {
        awaitReady();
        resize(robot, 1280, 720);
        // The divider where the window places it at this size (at launch, and on P): the stage, which this
        // class's tests share, may come from an earlier test's 1024x768, where the tab names took two rows and
        // the tab area, which keeps its height when the window grows, was made taller.
        robot.type(KeyCode.P);
        robot.type(KeyCode.P);
        TinyWindow.awaitFrames(10);
        TabPane tabs = robot.lookup("#bottomTabs").queryAs(TabPane.class);
        SplitPane split = verticalSplitAround(tabs);
        Region band = (Region) split.getItems().get(0);
        double before = tabs.getHeight();
        // There the band above can still give height (down to its least height, as the split pane asks for it). A
        // divider placed from the window's layout before P's changes (SplitDivider.place) left it none, and the
        // drag below had nothing to do.
        double room = WaitForAsyncUtils.asyncFx(() -> band.getHeight() - band.minHeight(-1)).get();
        assertThat(room).as("height the band above the divider can give before the drag").isGreaterThan(10);
        Node divider = split.lookup(".split-pane-divider");

        robot.drag(divider, MouseButton.PRIMARY).dropBy(0, -80);
        TinyWindow.awaitFrames(10);

        // The band above gives way until its digits are as small as they get (ui.fx.FittedImage).
        assertThat(tabs.getHeight()).as("tab area height after dragging the divider 80 px up").isGreaterThan(before + 10);
    }

    private static SplitPane verticalSplitAround(Node inside) {
        for (Node n = inside; n != null; n = n.getParent()) {
            if (n instanceof SplitPane split && split.getOrientation() == Orientation.VERTICAL) {
                return split;
            }
        }
        throw new AssertionError("no vertical split pane around " + inside);
    }

    /** Shows each tab of the bottom pane in turn and lists what is wrong with the window while it shows. */
    private List<String> everyTab(FxRobot robot, String when) throws Exception {
        TabPane tabs = robot.lookup("#bottomTabs").queryAs(TabPane.class);
        List<String> problems = new ArrayList<>();
        for (Tab tab : tabs.getTabs().toArray(Tab[]::new)) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            TinyWindow.awaitFrames(8);
            List<String> found = WaitForAsyncUtils.asyncFx(() -> {
                List<String> list = new ArrayList<>(LayoutInspector.problems(stage.getScene()));
                if ("lossTab".equals(tab.getId())) {
                    for (LossCurves.Quantity q : LossCurves.Quantity.values()) {
                        Bounds b = stage.getScene().lookup("#lossChart-" + q.name()).getLayoutBounds();
                        if (b.getHeight() < MIN_CHART_HEIGHT) {
                            list.add("the " + q.title() + " chart is only " + Math.round(b.getHeight()) + " px tall");
                        }
                    }
                }
                return list;
            }).get();
            for (String p : found) {
                problems.add(when + ", " + tab.getText() + " tab: " + p);
            }
        }
        return problems;
    }

    private void resize(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        TinyWindow.awaitFrames(8);
        assertThat(stage.getScene().getWidth()).isEqualTo(width);
        assertThat(stage.getScene().getHeight()).isEqualTo(height);
    }

}
