package org.vaeexplorer.ui.app;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.vaeexplorer.ui.fx.ChineseFont;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.UserError;
import org.vaeexplorer.ui.runs.RunEntry;

/** The window's dialogs, all with one look: an error for the user, and the offer to resume an interrupted run. */
final class WindowDialogs {

    /** Wider text would make a line too long to read at a glance. */
    private static final double TEXT_WIDTH = 600;

    private final Stage owner;
    private final Scene scene;
    private final ExplorerViewModel viewModel;

    private WindowDialogs(Stage owner, Scene scene, ExplorerViewModel viewModel) {
        this.owner = owner;
        this.scene = scene;
        this.viewModel = viewModel;
    }

    /** Shows a dialog over {@code owner} whenever the view model has an error or an interrupted run to offer. */
    static void install(Stage owner, Scene scene, ExplorerViewModel viewModel) {
        WindowDialogs dialogs = new WindowDialogs(owner, scene, viewModel);
        viewModel.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                dialogs.showError(error);
            }
        });
        viewModel.runs().interruptedProperty().addListener((obs, old, run) -> {
            if (run != null) {
                dialogs.offerToResume(run);
            }
        });
    }

    private void showError(UserError error) {
        // Its own OK: JavaFX's reads the JVM's language once, which View > Language does not change.
        ButtonType ok = new ButtonType(I18n.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.ERROR, error.title(), error.title(), error.message(), "errorMessage", ok);
        alert.setOnHidden(e -> viewModel.acknowledgeError());
        alert.show();
    }

    /** A run the app did not survive: ask once whether to continue it from its last checkpoint. */
    private void offerToResume(RunEntry run) {
        ButtonType resume = new ButtonType(I18n.text("dialog.resume.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(I18n.text("dialog.resume.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, I18n.text("dialog.resume.title"), I18n.text("dialog.resume.header"),
                I18n.text("dialog.resume.text", run.id(), run.settings(), run.run().position().epoch() + 1,
                        run.run().position().batch(), run.config().epochs()), "resumeMessage", resume, later);
        alert.setOnHidden(e -> {
            if (alert.getResult() == resume) {
                viewModel.resumeInterrupted(run);
            } else {
                viewModel.runs().dismissInterrupted();
            }
        });
        alert.show();
    }

    /**
     * An alert over the window, styled as it, its text wrapped, not yet shown.
     *
     * @param textId  the id of the label holding {@code text}, for tests to find it
     * @param buttons the buttons, or none for the type's own (OK for an error)
     */
    private Alert alert(Alert.AlertType type, String title, String header, String text, String textId,
                        ButtonType... buttons) {
        Alert alert = buttons.length == 0 ? new Alert(type) : new Alert(type, "", buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(TEXT_WIDTH);
        content.setId(textId);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
        ChineseFont.follow(alert.getDialogPane());
        return alert;
    }
}
