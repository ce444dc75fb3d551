package org.vaeexplorer.testing;

import javafx.stage.Window;
import org.vaeexplorer.ui.fx.FileDialogs;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * File dialogs that answer what the test set beforehand instead of asking; a dialog with no answer set is
 * one the person cancelled. Counts the export dialogs it was asked for.
 */
public final class ScriptedDialogs implements FileDialogs {

    public volatile Path modelToOpen;
    public volatile Path datasetFolder;
    public volatile Path exportFile;
    public volatile Path folderToWrite;
    private final AtomicInteger exportsAsked = new AtomicInteger();

    @Override
    public Path chooseModelToOpen(Window owner, Path folder) {
        return modelToOpen;
    }

    @Override
    public Path chooseModelToSave(Window owner, Path folder, String suggestedName) {
        return null;
    }

    @Override
    public Path chooseDatasetFolder(Window owner, Path folder) {
        return datasetFolder;
    }

    @Override
    public Path chooseExportFile(Window owner, String title, String suggestedName, String extension) {
        exportsAsked.incrementAndGet();
        return exportFile;
    }

    @Override
    public Path chooseFolderToWrite(Window owner, String title) {
        return folderToWrite;
    }

    public int exportsAsked() {
        return exportsAsked.get();
    }
}
