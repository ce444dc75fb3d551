package org.vaeexplorer.store;

import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.FileFaultException;

import java.io.Serial;
import java.nio.file.Path;

/** A model file that cannot be read or written; the message names the file and the fault. */
public final class ModelFileException extends FileFaultException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ModelFileException(Path file, Fault fault) {
        this(file, fault, null);
    }

    public ModelFileException(Path file, Fault fault, Throwable cause) {
        super(Fault.of("file", file, fault), cause);
    }
}
