package org.vaeexplorer.fault;

import java.io.IOException;
import java.io.Serial;

/**
 * A file or folder of the user's that could not be read or written, and why. The store's ModelFileException
 * and the data's DatasetException are kinds of it; other layers throw it as it is.
 */
public class FileFaultException extends IOException implements Explained {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Not serialised: its values (paths) need not be; the message keeps the English. */
    private final transient Fault fault;

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
