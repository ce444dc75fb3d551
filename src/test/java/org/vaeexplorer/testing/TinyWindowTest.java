package org.vaeexplorer.testing;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.vaeexplorer.ui.app.ExplorerApp;
import org.vaeexplorer.ui.app.ExplorerViewModel;
import org.vaeexplorer.ui.app.Setup;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

/**
 * A window test on the tiny 2-D model: for each test a new window (headless under Monocle) whose file dialogs
 * answer what the test scripts in {@link #dialogs}, closed with whatever dialogs the test left open.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class TinyWindowTest {

    protected static final int TIMEOUT_SECONDS = TinyWindow.TIMEOUT_SECONDS;

    @TempDir
    protected static Path dir;
    protected static TinyWindow window;

    protected final ScriptedDialogs dialogs = new ScriptedDialogs();
    protected ExplorerApp app;
    protected Stage stage;

    @BeforeAll
    static void tinyModel() throws Exception {
        window = TinyWindow.withModel(dir, 2);
    }

    // JUnit's own lifecycle, which subclasses inherit (TestFX looks for @Start only in the test class itself);
    // ApplicationExtension has prepared the primary stage before this runs.
    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> app = window.open(stage, dialogs, this::setup));
    }

    /** The window's setup from the tiny model's: a test that needs other settings changes it here. */
    protected Setup setup(Setup tiny) {
        return tiny;
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.setupFixture(window::close);
    }

    protected ExplorerViewModel vm() {
        return app.viewModel();
    }

    protected void awaitReady() throws TimeoutException {
        window.awaitReady();
    }
}
