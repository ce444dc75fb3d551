package org.vaeexplorer.ui.app;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.ui.fx.FileDialogs;
import org.vaeexplorer.testing.TinyWindow;
import org.vaeexplorer.ui.tools.draw.DrawingPadViewModel;
import org.vaeexplorer.ui.tools.interpolate.InterpolationViewModel;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: renders the README's pictures of the teaching tools with the shipped model and MNIST.
 * Runs only when asked, e.g.
 * {@code ./mvnw -o verify -Dtest=ClassroomScreenshots -Dscreenshots=docs -Dheadless.geometry=1280x800-32}
 * ({@code -Dscreenshots.presenter=true}: in presenter mode).
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ClassroomScreenshots {

    private static final int TIMEOUT_SECONDS = 120;
    private ExplorerApp app;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        String model = System.getProperty("screenshots.model");
        app = new ExplorerApp(Setup.standard(model == null ? null : Path.of(model), null), FileDialogs.fileChooser());
        app.start(primary);
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void tools(FxRobot robot) throws Exception {
        TinyWindow.awaitReady(app);
        Path dir = Files.createDirectories(Path.of(System.getProperty("screenshots")));
        String suffix = System.getProperty("screenshots.suffix", "");
        if (Boolean.getBoolean("screenshots.presenter")) {
            robot.interact(() -> app.viewModel().display().togglePresenter());
        }

        robot.clickOn("Draw");
        DrawingPadViewModel draw = app.tools().drawing();
        robot.interact(() -> {
            stroke(draw, 0.28, 0.22, 0.72, 0.22);
            stroke(draw, 0.72, 0.22, 0.42, 0.85);
        });
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> draw.reconstructionProperty().get() != null);
        save(robot, dir.resolve("class-draw" + suffix + ".png"));

        robot.clickOn("Interpolate");
        InterpolationViewModel line = app.tools().interpolation();
        robot.interact(() -> {
            line.indexAProperty().set(3);
            line.indexBProperty().set(2);
        });
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> line.stripProperty().get() != null);
        robot.interact(() -> line.positionProperty().set(0.45));
        save(robot, dir.resolve("class-interpolate" + suffix + ".png"));

        robot.clickOn("Repair");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> app.tools().repair().repairProperty().get() != null);
        save(robot, dir.resolve("class-repair" + suffix + ".png"));

        robot.clickOn("Dimensions");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> app.tools().dimensions().traversalProperty().get() != null);
        save(robot, dir.resolve("class-dimensions" + suffix + ".png"));

        robot.clickOn("Anomalies");
        robot.clickOn("#rankButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> app.tools().anomalies().rankingProperty().get() != null);
        save(robot, dir.resolve("class-anomalies" + suffix + ".png"));
    }

    private static void stroke(DrawingPadViewModel pad, double x0, double y0, double x1, double y1) {
        for (int i = 0; i <= 40; i++) {
            double t = i / 40.0;
            pad.paint(x0 + t * (x1 - x0), y0 + t * (y1 - y0), false);
        }
    }

    private void save(FxRobot robot, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 10; i++) {
            WaitForAsyncUtils.waitForFxEvents(); // let the latest decodings land
        }
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", file.toFile());
    }
}
