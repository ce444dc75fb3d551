package org.vaeexplorer.instruments;

import javafx.application.Platform;
import javafx.application.Preloader;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.vaeexplorer.ui.app.ExplorerWindow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Run as JavaFX's preloader ({@value #PRELOADER_PROPERTY}) in a window launched by {@link LaunchTimer}: watches
 * the window through {@link ExplorerWindow} and, the moment it becomes interactive (the model loaded, the first
 * decoding on screen), writes the wall-clock time into the file named by {@value #REPORT_TO_PROPERTY} and ends
 * the app once the processes launched beside it have ended ({@link #whenSiblingsEnd}). The product knows nothing
 * of it: JavaFX loads a preloader named by that system property.
 */
public final class LaunchProbe extends Preloader {

    /** JavaFX's own property: the preloader class to run with the application. */
    public static final String PRELOADER_PROPERTY = "javafx.preloader";
    /** Where to write the moment the window became interactive (epoch milliseconds). */
    public static final String REPORT_TO_PROPERTY = "vae.explorer.launchProbe.reportTo";

    @Override
    public void start(Stage primaryStage) {
        // Nothing to show: the window itself is what is timed.
    }

    @Override
    public void handleStateChangeNotification(StateChangeNotification notification) {
        if (notification.getType() == StateChangeNotification.Type.BEFORE_START
                && notification.getApplication() instanceof ExplorerWindow window) {
            // The view model exists once start() shows the window; watch from that moment on.
            Window.getWindows().addListener(new ListChangeListener<Window>() {
                @Override
                public void onChanged(Change<? extends Window> change) {
                    if (window.viewModel() != null) {
                        Window.getWindows().removeListener(this);
                        reportWhenInteractive(window);
                    }
                }
            });
        }
    }

    private static void reportWhenInteractive(ExplorerWindow window) {
        var interactive = window.viewModel().interactiveProperty();
        ChangeListener<Boolean> report = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    interactive.removeListener(this);
                    write(System.currentTimeMillis());
                    whenSiblingsEnd().thenRun(Platform::exit);
                }
            }
        };
        interactive.addListener(report);
        report.changed(interactive, false, interactive.get());
    }

    /**
     * Completes once every other process that this JVM's parent started has ended. A window relaunched by a plain
     * {@code java} may have a sibling: the class-sharing archive being made beside the first windows, which is
     * abandoned if the window ends first. Waiting for it leaves the next launch what a user's next launch finds.
     */
    static CompletableFuture<Void> whenSiblingsEnd() {
        return CompletableFuture.allOf(siblings().stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new));
    }

    /** The other processes this JVM's parent started and that still run. */
    static List<ProcessHandle> siblings() {
        ProcessHandle self = ProcessHandle.current();
        return self.parent().stream().flatMap(ProcessHandle::children).filter(p -> p.pid() != self.pid()).toList();
    }

    private static void write(long interactiveAt) {
        String file = System.getProperty(REPORT_TO_PROPERTY);
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), Long.toString(interactiveAt));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
