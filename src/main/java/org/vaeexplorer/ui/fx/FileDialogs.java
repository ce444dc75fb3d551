package org.vaeexplorer.ui.fx;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Asks the user for files and folders (models, datasets, exports). Tests replace it, since native dialogs cannot be driven headless. */
public interface FileDialogs {

    /** The file to open, or null if the user cancelled. */
    Path chooseModelToOpen(Window owner, Path folder);

    /** Where to save, or null if the user cancelled. */
    Path chooseModelToSave(Window owner, Path folder, String suggestedName);

    /** A folder holding the four IDX files of a dataset, or null if the user cancelled. */
    default Path chooseDatasetFolder(Window owner, Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.text("files.openDataset"));
        Path dir = folder != null && Files.isDirectory(folder) ? folder : Path.of("");
        chooser.setInitialDirectory(dir.toAbsolutePath().toFile());
        File chosen = chooser.showDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    /** A folder to write files into (it may not exist yet), or null if the user cancelled. */
    default Path chooseFolderToWrite(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(Path.of("").toAbsolutePath().toFile());
        File chosen = chooser.showDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    /**
     * Where to export, or null if the user cancelled.
     *
     * @param extension without the dot, e.g. "png"
     */
    default Path chooseExportFile(Window owner, String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                I18n.text("files.ofType", extension.toUpperCase(java.util.Locale.ROOT), extension), "*." + extension));
        chooser.setInitialDirectory(Path.of("").toAbsolutePath().toFile());
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    /** JavaFX's FileChooser, filtered to model files, starting in {@code folder} when it exists. */
    static FileDialogs fileChooser() {
        return new FileDialogs() {
            @Override
            public Path chooseModelToOpen(Window owner, Path folder) {
                File file = chooser(I18n.text("files.openModel"), folder).showOpenDialog(owner);
                return file == null ? null : file.toPath();
            }

            @Override
            public Path chooseModelToSave(Window owner, Path folder, String suggestedName) {
                FileChooser chooser = chooser(I18n.text("files.saveModel"), folder);
                chooser.setInitialFileName(suggestedName);
                File file = chooser.showSaveDialog(owner);
                return file == null ? null : file.toPath();
            }

            private FileChooser chooser(String title, Path folder) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(I18n.text("files.models"), "*.zip"),
                        new FileChooser.ExtensionFilter(I18n.text("files.all"), "*.*"));
                Path dir = folder != null && Files.isDirectory(folder) ? folder : Path.of("");
                chooser.setInitialDirectory(dir.toAbsolutePath().toFile());
                return chooser;
            }
        };
    }
}
