package org.vaeexplorer.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A dataset folder or IDX file could not be used. The message is meant to be shown to the user as
 * is, so it always says which file (or folder) is at fault and what is wrong with it.
 */
public final class DatasetException extends IOException {

    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "file-name: fault [in folder]" - the folder helps when the user picked the wrong one. */
    public static DatasetException inFile(Path file, String fault) {
        return inFile(file, fault, null);
    }

    public static DatasetException inFile(Path file, String fault, Throwable cause) {
        Path absolute = file.toAbsolutePath();
        Path name = absolute.getFileName();
        Path folder = absolute.getParent();
        String message = (name != null ? name : absolute) + ": " + fault
                + (folder != null ? " [in " + folder + "]" : "");
        return new DatasetException(message, cause);
    }
}
