package org.vaeexplorer.data;

import org.vaeexplorer.fault.Explained;
import org.vaeexplorer.fault.Fault;

import java.io.IOException;
import java.io.Serial;
import java.nio.file.Path;

/**
 * A dataset folder or IDX file could not be used. The message is meant to be shown to the user as
 * is, so it always says which file (or folder) is at fault and what is wrong with it.
 */
public final class DatasetException extends IOException implements Explained {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Fault fault;

    public DatasetException(Fault fault) {
        this(fault, null);
    }

    public DatasetException(Fault fault, Throwable cause) {
        super(fault.toString(), cause);
        this.fault = fault;
    }

    /** @deprecated an English sentence; give a {@link Fault} (kept while callers move to faults) */
    @Deprecated
    public DatasetException(String message) {
        this(message, null);
    }

    /** @deprecated an English sentence; give a {@link Fault} (kept while callers move to faults) */
    @Deprecated
    public DatasetException(String message, Throwable cause) {
        super(message, cause);
        this.fault = Fault.of("data.sentence", message);
    }

    @Override
    public Fault fault() {
        return fault;
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

    /** @deprecated an English sentence; give a {@link Fault} (kept while callers move to faults) */
    @Deprecated
    public static DatasetException inFile(Path file, String fault) {
        return inFile(file, fault, null);
    }

    /** @deprecated an English sentence; give a {@link Fault} (kept while callers move to faults) */
    @Deprecated
    public static DatasetException inFile(Path file, String fault, Throwable cause) {
        Path absolute = file.toAbsolutePath();
        Path name = absolute.getFileName();
        Path folder = absolute.getParent();
        return new DatasetException((name != null ? name : absolute) + ": " + fault
                + (folder != null ? " [in " + folder + "]" : ""), cause);
    }
}
