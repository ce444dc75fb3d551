package org.vaeexplorer.ui.app;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.testing.TinyWindow;
import org.vaeexplorer.testing.TinyWindowTest;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;
import org.vaeexplorer.ui.lesson.LessonStep;
import org.vaeexplorer.ui.lesson.LessonViewModel;
import org.vaeexplorer.ui.session.CurrentModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lesson open on a 1280x720 projector, normal and presenter mode: on every step, with the model and the tab it
 * opens, the whole window shows in full (nothing cut short, squeezed or outside the window, LayoutInspector), the
 * panel at the right of the plane, not over it.
 */
class LessonLayoutTest extends TinyWindowTest {

    @BeforeAll
    static void tinyModelsUnderTheShippedNames() throws Exception {
        window.shipTinyModels();
    }

    @Test
    void at1280x720NormalAndPresenterEveryStepOfThePanelShowsInFullBesideThePlane(FxRobot robot) throws Exception {
        assertThat(problemsOfEveryStep(robot, "")).isEmpty();
    }

    /** The lesson's Chinese texts are other lengths, in another font: a class taught in Chinese sees them whole too. */
    @Test
    void inChineseEveryStepOfThePanelShowsInFullToo(FxRobot robot) throws Exception {
        robot.interact(() -> I18n.use(Language.SIMPLIFIED_CHINESE));
        try {
            assertThat(problemsOfEveryStep(robot, ", Chinese")).isEmpty();
        } finally {
            robot.interact(() -> I18n.use(Language.ENGLISH));
        }
    }

    private List<String> problemsOfEveryStep(FxRobot robot, String language) throws Exception {
        awaitReady();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        TinyWindow.awaitFrames(8);
        LessonViewModel lesson = app.lesson();
        robot.interact(lesson::open);
        List<String> problems = new ArrayList<>(everyStep(robot, lesson, "1280x720 normal" + language));
        robot.type(KeyCode.P);
        robot.interact(() -> {
            while (!lesson.firstBinding().get()) {
                lesson.back();
            }
        });
        problems.addAll(everyStep(robot, lesson, "1280x720 presenter" + language));
        return problems;
    }

    private List<String> everyStep(FxRobot robot, LessonViewModel lesson, String when) throws Exception {
        List<String> problems = new ArrayList<>();
        for (LessonStep step : LessonStep.values()) {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
                CurrentModel m = vm().modelProperty().get();
                return lesson.stepBinding().get() == step && !vm().busyProperty().get() && m != null && m.path() != null
                        && m.path().getFileName().toString().equals(step.model());
            });
            TinyWindow.awaitFrames(8);
            problems.addAll(WaitForAsyncUtils.asyncFx(() -> {
                List<String> found = new ArrayList<>();
                for (String p : LayoutInspector.problems(stage.getScene())) {
                    found.add(when + ", " + step + ": " + p);
                }
                Node plane = stage.getScene().lookup("#latentPlot");
                Node panel = stage.getScene().lookup("#lessonPanel");
                if (panel.localToScene(panel.getBoundsInLocal()).getMinX()
                        < plane.localToScene(plane.getBoundsInLocal()).getMaxX()) {
                    found.add(when + ", " + step + ": the lesson lies over the plane");
                }
                return found;
            }).get());
            robot.interact(lesson::next);
        }
        return problems;
    }
}
