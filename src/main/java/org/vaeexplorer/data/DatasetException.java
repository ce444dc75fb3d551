package org.vaeexplorer.data;

import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.FileFaultException;

import java.io.Serial;
import java.nio.file.Path;

/**
 * A dataset folder or IDX file could not be used. The message is meant to be shown to the user as
 * is, so it always says which file (or folder) is at fault and what is wrong with it.
 */
public final class DatasetException extends FileFaultException {

    @Serial
    private static final long serialVersionUID = 1L;

    public DatasetException(Fault fault) {
        this(fault, null);
    }

    public DatasetException(Fault fault, Throwable cause) {
        super(fault, cause);
    }

    /** "file-name: fault [in folder]" - the folder helps when the user picked the wrong one. */
    public static DatasetException inFile(Path file, Fault fault) {
        return inFile(file, fault, null);
    }

    public static DatasetException inFile(Path file, Fault fault, Throwable cause) {
        Path absolute = file.toAbsolutePath();
        Path name = absolute.getFileName();
        Path folder = absolute.getParent();
        return new DatasetException(folder != null
                ? Fault.of("data.inFolder", name != null ? name : absolute, fault, folder)
                : Fault.of("file", absolute, fault), cause);
    }
}
