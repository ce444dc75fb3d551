package org.vaeexplorer.fault;

import java.io.Serial;

/** A value the user gave (a hyperparameter, a run to continue) that cannot be used, and why. */
public class InvalidValueException extends IllegalArgumentException implements Explained {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Not serialised: its values need not be; the message keeps the English. */
    private final transient Fault fault;

    public InvalidValueException(Fault fault) {
        super(fault.toString());
        this.fault = fault;
    }

    @Override
    public Fault fault() {
        return fault;
    }
}
