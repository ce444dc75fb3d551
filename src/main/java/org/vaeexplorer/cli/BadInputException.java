package org.vaeexplorer.cli;

/**
 * Input the user can correct (an impossible hyperparameter, a dataset that does not fit the model, an
 * output path that cannot be used). Its message is shown as is, after "vae-explorer: ".
 *
 * <p>The commands convert VaeConfig's IllegalArgumentException into this where they build the config,
 * rather than treating every IllegalArgumentException as the user's fault: one thrown deep inside ND4J
 * is a bug and should not be reported as bad input.
 */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
