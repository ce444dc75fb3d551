package org.vaeexplorer.fault;

import java.io.IOException;
import java.io.Serial;

/**
 * A file or folder of the user's that could not be read or written, and why, for the layers without an
 * exception of their own (a model file's is the store's ModelFileException, a dataset's the data's
 * DatasetException).
 */
public class FileFaultException extends IOException implements Explained {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Fault fault;

    public FileFaultException(Fault fault) {
        this(fault, null);
    }

    public FileFaultException(Fault fault, Throwable cause) {
        super(fault.toString(), cause);
        this.fault = fault;
    }

    @Override
    public Fault fault() {
        return fault;
    }
}
