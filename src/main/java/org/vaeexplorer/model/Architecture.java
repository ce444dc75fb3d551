package org.vaeexplorer.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * The shape of the encoder q(z|x) and decoder p(x|z) networks. Both end in the same Gaussian posterior and
 * Bernoulli likelihood, so the ELBO, its parts and everything computed from them do not depend on it.
 */
public enum Architecture {
    /** Dense layers only: pixels -> hidden sizes -> z, mirrored back (the PyTorch VAE example). */
    MLP("mlp", "MLP"),
    /**
     * Two strided convolutions, dense hidden layers, z; back through dense layers and two transposed
     * convolutions ({@link ConvShape}). The decoder draws strokes from local, shared filters, which is why
     * its samples are sharper than the MLP's.
     */
    CONVOLUTIONAL("conv", "Convolutional");

    private final String cliName;
    private final String displayName;

    Architecture(String cliName, String displayName) {
        this.cliName = cliName;
        this.displayName = displayName;
    }

    /** The command line's name for it: "mlp" or "conv". */
    public String cliName() {
        return cliName;
    }

    /** For people: "MLP" or "Convolutional". */
    public String displayName() {
        return displayName;
    }

    /** The architecture named {@code name} on a command line ("mlp", "conv", or the constant's own name). */
    public static Architecture fromName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Architecture a : values()) {
            if (a.cliName.equals(wanted) || a.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return a;
            }
        }
        throw new IllegalArgumentException("architecture must be one of "
                + Arrays.stream(values()).map(Architecture::cliName).toList() + ", got '" + name + "'");
    }
}
