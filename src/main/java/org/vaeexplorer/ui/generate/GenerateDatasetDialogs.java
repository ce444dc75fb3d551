package org.vaeexplorer.ui.generate;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.vaeexplorer.ui.fx.ChineseFont;
import org.vaeexplorer.ui.fx.FileDialogs;
import org.vaeexplorer.ui.fx.I18n;

import java.nio.file.Path;
import java.util.List;

/**
 * The dialogs of File > Generate dataset: how many images per class, which folder (and whether to replace a
 * dataset there), the progress while it runs (with Cancel), and the result with the offer to open it.
 */
public final class GenerateDatasetDialogs {

    /** The seed of the latent samples; the command line's default, so the window's dataset is the same. */
    static final long SEED = 1;
    private static final double TEXT_WIDTH = 560;

    private final Stage owner;
    private final GenerateDatasetViewModel viewModel;
    private final FileDialogs files;
    private Alert progressDialog;

    public GenerateDatasetDialogs(Stage owner, GenerateDatasetViewModel viewModel, FileDialogs files) {
        this.owner = owner;
        this.viewModel = viewModel;
        this.files = files;
        viewModel.runningProperty().addListener((obs, was, running) -> {
            if (running) {
                showProgress();
            } else if (progressDialog != null) {
                progressDialog.close();
                progressDialog = null;
            }
        });
        viewModel.doneProperty().addListener((obs, old, done) -> {
            if (done != null) {
                offerToOpen(done);
            }
        });
    }

    /**
     * Asks for the number of images and the folder, then starts generating. Each dialog is shown without a nested
     * event loop and the next one opens after the key or click that closed it is done with: with GTK, a dialog
     * closed by Enter inside a nested loop entered from a key event (the menu's accelerator) crashed the JVM in
     * glass's key handling.
     */
    public void ask() {
        if (!viewModel.ready()) {
            return;
        }
        TextInputDialog count = new TextInputDialog(Integer.toString(GenerateDatasetViewModel.DEFAULT_PER_CLASS));
        styled(count);
        count.setTitle(I18n.text("generate.title"));
        count.setHeaderText(I18n.text("generate.count.header"));
        count.setContentText(I18n.text("generate.count.prompt", GenerateDatasetViewModel.MAX_PER_CLASS));
        count.getEditor().setId("perClassField");
        // JavaFX names its own OK and Cancel in the JVM's language; these follow the window's.
        count.getDialogPane().getButtonTypes().setAll(new ButtonType(I18n.text("generate.ok"), ButtonBar.ButtonData.OK_DONE),
                cancelButton());
        count.setOnHidden(e -> {
            String typed = count.getResult();
            if (typed != null) {
                Platform.runLater(() -> chooseFolder(typed));
            }
        });
        count.show();
    }

    private void chooseFolder(String typed) {
        Integer perClass = viewModel.perClass(typed);
        if (perClass == null) {
            return;
        }
        Path dir = files.chooseFolderToWrite(owner, I18n.text("generate.folder.title"));
        if (dir == null) {
            return;
        }
        List<Path> existing = viewModel.existing(dir);
        if (existing.isEmpty()) {
            viewModel.generate(perClass, dir, false, SEED);
            return;
        }
        ButtonType replace = new ButtonType(I18n.text("generate.replace"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(I18n.text("generate.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, I18n.text("generate.replace.header"), I18n.text("generate.replace.text",
                dir.toAbsolutePath(), String.join(", ", existing.stream().map(p -> String.valueOf(p.getFileName())).toList())),
                replace, keep);
        alert.setOnHidden(e -> {
            if (alert.getResult() == replace) {
                Platform.runLater(() -> viewModel.generate(perClass, dir, true, SEED));
            }
        });
        alert.show();
    }

    private void showProgress() {
        Label stage = new Label();
        stage.textProperty().bind(viewModel.stageProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("generateProgress");
        Alert alert = new Alert(Alert.AlertType.NONE, "", cancelButton());
        styled(alert);
        alert.setTitle(I18n.text("generate.progress.title"));
        alert.setHeaderText(I18n.text("generate.progress.header"));
        alert.getDialogPane().setContent(new VBox(8, stage, bar));
        alert.getDialogPane().setPrefWidth(TEXT_WIDTH);
        alert.setOnHidden(e -> {
            if (viewModel.runningProperty().get()) {
                viewModel.cancel();
            }
        });
        progressDialog = alert;
        alert.show();
    }

    private void offerToOpen(GenerateDatasetViewModel.Done done) {
        ButtonType open = new ButtonType(I18n.text("generate.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(I18n.text("generate.notNow"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.INFORMATION, I18n.text("generate.done.header"), I18n.text("generate.done.text",
                done.images(), done.perClass(), done.folder().toAbsolutePath(), done.describeAgreement()), open, later);
        alert.setOnHidden(e -> {
            if (alert.getResult() == open) {
                viewModel.openGenerated();
            } else {
                viewModel.dismiss();
            }
        });
        alert.show();
    }

    private static ButtonType cancelButton() {
        return new ButtonType(I18n.text("generate.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private Alert alert(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        styled(alert);
        alert.setTitle(I18n.text("generate.title"));
        alert.setHeaderText(header);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(TEXT_WIDTH);
        content.setId("generateMessage");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert;
    }

    /** Owned by the window, with its style sheets and, in Chinese, a font that has the characters. */
    private void styled(javafx.scene.control.Dialog<?> dialog) {
        dialog.initOwner(owner);
        ChineseFont.follow(dialog.getDialogPane());
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }
}
