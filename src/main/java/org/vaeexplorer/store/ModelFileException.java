package org.vaeexplorer.store;

import org.vaeexplorer.fault.Explained;
import org.vaeexplorer.fault.Fault;

import java.io.IOException;
import java.io.Serial;
import java.nio.file.Path;

/** A model file that cannot be read or written; the message names the file and the fault. */
public final class ModelFileException extends IOException implements Explained {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Fault fault;

    public ModelFileException(Path file, Fault fault) {
        this(file, fault, null);
    }

    public ModelFileException(Path file, Fault fault, Throwable cause) {
        this(Fault.of("file", file, fault), cause);
    }

    private ModelFileException(Fault fault, Throwable cause) {
        super(fault.toString(), cause);
        this.fault = fault;
    }

    /** @deprecated an English sentence; give a {@link Fault} (kept while callers move to faults) */
    @Deprecated
    public ModelFileException(Path file, String fault) {
        this(file, fault, null);
    }

    /** @deprecated an English sentence; give a {@link Fault} (kept while callers move to faults) */
    @Deprecated
    public ModelFileException(Path file, String fault, Throwable cause) {
        super(file + ": " + fault, cause);
        this.fault = Fault.of("file", file, fault);
    }

    @Override
    public Fault fault() {
        return fault;
    }
}
