package org.vaeexplorer.cli;

import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.VaeConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

import java.util.List;

/**
 * The hyperparameter options of {@code train}, read as one {@link VaeConfig} and checked all at once with
 * VaeConfig's own messages. Their defaults come from the command's {@link ConfigDefaults}.
 */
final class HyperparameterOptions {

    /** Every hyperparameter option: a resumed run refuses them (it keeps its own). */
    private static final List<String> NAMES = List.of(
            "--arch", "--latent", "--hidden", "--epochs", "--batch", "--lr", "--beta", "--warmup-epochs", "--seed",
            "--exclude-digit");

    @Option(names = "--arch", paramLabel = "A",
            description = "Encoder and decoder: mlp (dense layers) or conv (two convolutions each way, then --hidden dense layers).")
    private String architecture;

    @Option(names = "--latent", paramLabel = "N", description = "Dimension of the latent space z.")
    private int latent;

    @Option(names = "--hidden", paramLabel = "H", split = ",",
            description = "Encoder hidden layer sizes, input side first (e.g. 512,256); the decoder mirrors them.")
    private List<Integer> hidden;

    @Option(names = "--epochs", paramLabel = "E", description = "Passes over the training set.")
    private int epochs;

    @Option(names = "--batch", paramLabel = "B", description = "Images per minibatch.")
    private int batch;

    @Option(names = "--lr", paramLabel = "LR", description = "Adam learning rate.")
    private double learningRate;

    @Option(names = "--beta", paramLabel = "B", description = "Weight of the KL term (1 = the plain ELBO).")
    private double beta;

    @Option(names = "--warmup-epochs", paramLabel = "W",
            description = "Epochs over which the KL weight ramps up linearly from 0 to --beta.")
    private double warmupEpochs;

    @Option(names = "--seed", paramLabel = "S", description = "Seeds initialisation, shuffling and noise.")
    private long seed;

    @Option(names = "--exclude-digit", paramLabel = "D",
            description = "Leave the training images of class D out (the test set stays whole), to measure how well"
                    + " the model finds D as an anomaly: anomalies MODEL --auroc. Default: train on every class.")
    private Integer excludedDigit;

    /**
     * Checks the options before anything else is read: all but the limits that depend on the image size
     * (weights, minibatch activations), which are checked once the data's headers give that size.
     */
    void check() {
        try {
            options(1, 1);
        } catch (VaeConfig.TooLargeException e) {
            // too large even for one-pixel images: said with the data's real image size, in a moment
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** The options as a config for the images of {@code data}. */
    VaeConfig forImagesOf(LoadedData.Measured data) {
        try {
            return options(data.shape().rows(), data.shape().cols());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(data.folder() + ": " + e.getMessage(), e);
        }
    }

    /** The options as a config for images of rows x cols, checked all at once. */
    private VaeConfig options(int rows, int cols) {
        return new VaeConfig(rows, cols, hidden, latent, learningRate, batch, epochs, beta, warmupEpochs, seed,
                Architecture.fromName(architecture), excludedDigit);
    }

    /** --epochs, as given or by default. */
    int epochs() {
        return epochs;
    }

    /** --lr, as given or by default. */
    double learningRate() {
        return learningRate;
    }

    /** The hyperparameter options given on the command line (rather than left at their defaults). */
    static List<String> given(ParseResult parsed) {
        return NAMES.stream().filter(parsed::hasMatchedOption).toList();
    }
}
