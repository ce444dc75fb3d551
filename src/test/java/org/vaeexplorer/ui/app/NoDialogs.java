package org.vaeexplorer.ui.app;

import javafx.stage.Window;
import org.vaeexplorer.ui.fx.FileDialogs;

import java.nio.file.Path;

/** File dialogs a person cancels: for window tests that never open or save a model through them. */
final class NoDialogs implements FileDialogs {

    @Override
    public Path chooseModelToOpen(Window owner, Path folder) {
        return null;
    }

    @Override
    public Path chooseModelToSave(Window owner, Path folder, String suggestedName) {
        return null;
    }
}
