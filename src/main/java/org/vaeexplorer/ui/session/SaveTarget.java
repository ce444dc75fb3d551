package org.vaeexplorer.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a model may be saved: any ".zip" file but the model that ships with the app.
 *
 * @param shippedModel the shipped model's file; null when there is none
 */
record SaveTarget(Path shippedModel) {

    /** The file a model chosen to be saved as {@code file} is written to: ".zip" added if missing. */
    static Path withZipExtension(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(".zip") ? file : file.resolveSibling(name + ".zip");
    }

    /** True when {@code target} is the shipped model, by name or as the same file under another path. */
    boolean isShippedModel(Path target) {
        if (shippedModel == null) {
            return false;
        }
        if (target.toAbsolutePath().normalize().equals(shippedModel.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(target) && Files.exists(shippedModel) && Files.isSameFile(target, shippedModel);
        } catch (IOException e) {
            return false;
        }
    }
}
