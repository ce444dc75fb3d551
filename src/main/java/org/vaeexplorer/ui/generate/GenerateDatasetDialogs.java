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
import org.vaeexplorer.ui.fx.FileDialogs;

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
        count.setTitle("Generate dataset");
        count.setHeaderText("A labelled synthetic dataset from the model on screen");
        count.setContentText("Images per class (1\u2013" + GenerateDatasetViewModel.MAX_PER_CLASS + "):");
        count.getEditor().setId("perClassField");
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
        Path dir = files.chooseFolderToWrite(owner, "Generate dataset: choose an empty folder for it");
        if (dir == null) {
            return;
        }
        List<Path> existing = viewModel.existing(dir);
        if (existing.isEmpty()) {
            viewModel.generate(perClass, dir, false, SEED);
            return;
        }
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep them", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Replace the dataset there?", dir.toAbsolutePath()
                + " already holds " + String.join(", ", existing.stream().map(p -> String.valueOf(p.getFileName())).toList())
                + ".\n\nReplace them with the generated dataset?", replace, keep);
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
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CANCEL);
        styled(alert);
        alert.setTitle("Generating a dataset");
        alert.setHeaderText("Encoding the training images, sampling each class, decoding");
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
        ButtonType open = new ButtonType("Open it", ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.INFORMATION, "Dataset generated",
                done.images() + " synthetic images (" + done.perClass() + " per class) and the real test images were written to "
                        + done.folder().toAbsolutePath() + ", with contact-sheet.png.\n\n" + done.describeAgreement()
                        + "\n\nOpen the generated dataset? The window then trains on the synthetic images.", open, later);
        alert.setOnHidden(e -> {
            if (alert.getResult() == open) {
                viewModel.openGenerated();
            } else {
                viewModel.dismiss();
            }
        });
        alert.show();
    }

    private Alert alert(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        styled(alert);
        alert.setTitle("Generate dataset");
        alert.setHeaderText(header);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setMaxWidth(TEXT_WIDTH);
        content.setId("generateMessage");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert;
    }

    private void styled(javafx.scene.control.Dialog<?> dialog) {
        dialog.initOwner(owner);
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }
}
