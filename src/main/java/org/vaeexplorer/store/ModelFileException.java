package org.vaeexplorer.store;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be read or written; the message names the file and the fault. */
public final class ModelFileException extends IOException {

    public ModelFileException(Path file, String fault) {
        super(file + ": " + fault);
    }

    public ModelFileException(Path file, String fault, Throwable cause) {
        super(file + ": " + fault, cause);
    }
}
