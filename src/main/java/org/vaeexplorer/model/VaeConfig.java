package org.vaeexplorer.model;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.InvalidValueException;

import java.util.List;

/**
 * Every hyperparameter of one VAE and its training run, with defaults. Saved beside the weights so a
 * model file describes itself (the same idea as nanoGPT's GPTConfig stored in each checkpoint).
 *
 * @param imageRows      height of the images the model reads
 * @param imageCols      width of the images the model reads
 * @param hiddenSizes    encoder hidden layer sizes, input side first; the decoder mirrors them
 * @param latentSize     dimension of z
 * @param learningRate   Adam step size
 * @param batchSize      images per minibatch
 * @param epochs         passes over the training set
 * @param beta           weight of the KL term (1 = the ELBO of Kingma &amp; Welling; Higgins et al.'s β-VAE otherwise)
 * @param warmupEpochs   β ramps linearly from 0 to {@code beta} over this many epochs (0 = no warm-up)
 * @param seed           seeds weight initialisation, shuffling and the reparameterisation noise
 * @param architecture   the encoder's and decoder's shape; model files written before it existed hold MLPs
 * @param excludedDigit  the class left out of the training set (so that it can be found as an anomaly), or null
 *                       for none
 */
public record VaeConfig(int imageRows, int imageCols, List<Integer> hiddenSizes, int latentSize,
                        double learningRate, int batchSize, int epochs, double beta, double warmupEpochs,
                        long seed, Architecture architecture, Integer excludedDigit) {

    public static final int MNIST_SIDE = 28;
    public static final int DEFAULT_HIDDEN = 400;
    public static final int DEFAULT_LATENT = 2;
    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    public static final int DEFAULT_BATCH = 128;
    public static final int DEFAULT_EPOCHS = 10;
    /** Bounds that keep a typo from asking for a network that cannot fit in memory. */
    public static final int MAX_LAYER_SIZE = 8192;
    public static final int MAX_LATENT = 512;
    public static final int MAX_BATCH = 65536;
    public static final int MAX_EPOCHS = 100_000;
    /**
     * Weights a network may have. Training holds about seven copies of them in native memory (weights,
     * gradient, Adam's two moments, fallback and published snapshots), which must fit the 384 MB native
     * budget beside the activations; 784-400-2 has 0.63 million.
     */
    public static final long MAX_PARAMETERS = 5_000_000;
    /** Activation values of one minibatch (batch size x the layer widths it passes through). */
    public static final long MAX_MINIBATCH_ACTIVATIONS = 16_000_000;

    public VaeConfig {
        if (hiddenSizes == null || hiddenSizes.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidValueException(Fault.of("model.hiddenMissing"));
        }
        hiddenSizes = List.copyOf(hiddenSizes);
        architecture = architecture == null ? Architecture.MLP : architecture;
        validate(imageRows, imageCols, hiddenSizes, latentSize, learningRate, batchSize, epochs, beta, warmupEpochs,
                architecture);
        require(excludedDigit == null || excludedDigit >= 0 && excludedDigit < ImageSet.NUM_CLASSES,
                Fault.of("model.excludedDigit", ImageSet.NUM_CLASSES - 1, excludedDigit));
    }

    /** Trained on every class. */
    public VaeConfig(int imageRows, int imageCols, List<Integer> hiddenSizes, int latentSize, double learningRate,
                     int batchSize, int epochs, double beta, double warmupEpochs, long seed, Architecture architecture) {
        this(imageRows, imageCols, hiddenSizes, latentSize, learningRate, batchSize, epochs, beta, warmupEpochs, seed,
                architecture, null);
    }

    /** An MLP. */
    public VaeConfig(int imageRows, int imageCols, List<Integer> hiddenSizes, int latentSize, double learningRate,
                     int batchSize, int epochs, double beta, double warmupEpochs, long seed) {
        this(imageRows, imageCols, hiddenSizes, latentSize, learningRate, batchSize, epochs, beta, warmupEpochs, seed,
                Architecture.MLP);
    }

    /** The model of the PyTorch VAE example: 784-400-2-400-784, Adam 1e-3, batch 128. */
    public static VaeConfig defaults() {
        return new VaeConfig(MNIST_SIDE, MNIST_SIDE, List.of(DEFAULT_HIDDEN), DEFAULT_LATENT,
                DEFAULT_LEARNING_RATE, DEFAULT_BATCH, DEFAULT_EPOCHS, 1.0, 0, 1);
    }

    public int inputSize() {
        return imageRows * imageCols;
    }

    /**
     * β in effect after {@code epochsDone} (fractional) epochs: a linear warm-up from 0 (Bowman et al. 2016,
     * "KL annealing") so the decoder learns to use z before the KL term pulls the posterior to the prior.
     */
    public double betaAt(double epochsDone) {
        if (warmupEpochs <= 0) {
            return beta;
        }
        return beta * Math.min(1.0, Math.max(0.0, epochsDone / warmupEpochs));
    }

    public VaeConfig withImageSize(int rows, int cols) {
        return new VaeConfig(rows, cols, hiddenSizes, latentSize, learningRate, batchSize, epochs, beta, warmupEpochs, seed, architecture, excludedDigit);
    }

    public VaeConfig withLatentSize(int latent) {
        return new VaeConfig(imageRows, imageCols, hiddenSizes, latent, learningRate, batchSize, epochs, beta, warmupEpochs, seed, architecture, excludedDigit);
    }

    public VaeConfig withHiddenSizes(List<Integer> hidden) {
        return new VaeConfig(imageRows, imageCols, hidden, latentSize, learningRate, batchSize, epochs, beta, warmupEpochs, seed, architecture, excludedDigit);
    }

    public VaeConfig withTraining(double lr, int batch, int epochCount) {
        return new VaeConfig(imageRows, imageCols, hiddenSizes, latentSize, lr, batch, epochCount, beta, warmupEpochs, seed, architecture, excludedDigit);
    }

    public VaeConfig withBeta(double newBeta, double warmup) {
        return new VaeConfig(imageRows, imageCols, hiddenSizes, latentSize, learningRate, batchSize, epochs, newBeta, warmup, seed, architecture, excludedDigit);
    }

    public VaeConfig withArchitecture(Architecture newArchitecture) {
        return new VaeConfig(imageRows, imageCols, hiddenSizes, latentSize, learningRate, batchSize, epochs, beta, warmupEpochs, seed, newArchitecture, excludedDigit);
    }

    /** The same run with {@code digit} left out of its training set (null: none). */
    public VaeConfig withExcludedDigit(Integer digit) {
        return new VaeConfig(imageRows, imageCols, hiddenSizes, latentSize, learningRate, batchSize, epochs, beta, warmupEpochs, seed, architecture, digit);
    }

    /** True when this model reads images of {@code data}'s size: the one check before it encodes or trains on them. */
    public boolean readsImagesOf(Dataset data) {
        return imageRows == data.rows() && imageCols == data.cols();
    }

    /** Why this model cannot read {@code data}'s images ("the model reads 28x28 images but ..."), or null if it can. */
    public Fault imageSizeMismatch(Dataset data) {
        return readsImagesOf(data) ? null
                : Fault.of("model.imageSizeMismatch", imageRows, imageCols, data.name(), data.rows(), data.cols());
    }

    /** True when a network built for {@code other} holds the same parameters: same layers, same sizes. */
    public boolean sameNetwork(VaeConfig other) {
        return architecture == other.architecture && imageRows == other.imageRows && imageCols == other.imageCols
                && hiddenSizes.equals(other.hiddenSizes) && latentSize == other.latentSize;
    }

    public VaeConfig withSeed(long newSeed) {
        return new VaeConfig(imageRows, imageCols, hiddenSizes, latentSize, learningRate, batchSize, epochs, beta, warmupEpochs, newSeed, architecture, excludedDigit);
    }

    private static void validate(int rows, int cols, List<Integer> hidden, int latent, double lr, int batch,
                                 int epochs, double beta, double warmup, Architecture architecture) {
        require(rows >= 1 && cols >= 1 && (long) rows * cols <= MAX_LAYER_SIZE * 8L,
                Fault.of("model.imageSize", MAX_LAYER_SIZE * 8, rows, cols));
        require(!hidden.isEmpty(), Fault.of("model.noHiddenLayer"));
        for (int h : hidden) {
            require(h >= 1 && h <= MAX_LAYER_SIZE, Fault.of("model.hiddenSize", MAX_LAYER_SIZE, h));
        }
        require(latent >= 1 && latent <= MAX_LATENT, Fault.of("model.latentSize", MAX_LATENT, latent));
        require(Double.isFinite(lr) && lr > 0 && lr <= 100, Fault.of("model.learningRate", lr));
        require(batch >= 1 && batch <= MAX_BATCH, Fault.of("model.batchSize", MAX_BATCH, batch));
        require(epochs >= 1 && epochs <= MAX_EPOCHS, Fault.of("model.epochs", MAX_EPOCHS, epochs));
        require(Double.isFinite(beta) && beta >= 0 && beta <= 1000, Fault.of("model.beta", beta));
        require(Double.isFinite(warmup) && warmup >= 0 && warmup <= MAX_EPOCHS,
                Fault.of("model.warmup", MAX_EPOCHS, warmup));
        boolean conv = architecture == Architecture.CONVOLUTIONAL;
        ConvShape convShape = conv ? new ConvShape(rows, cols) : null;
        long weights = conv ? convShape.parameterCount(hidden, latent) : parameterCount(rows * cols, hidden, latent);
        Fault shape = conv ? Fault.of("model.convolutional", convShape.describe(hidden, latent))
                : Fault.of("model.mlp", shape(rows * cols, hidden, latent));
        requireFits(weights <= MAX_PARAMETERS, Fault.of("model.tooManyWeights", shape, weights, MAX_PARAMETERS));
        long activations = (long) batch * (conv ? convShape.activationsPerImage(hidden, latent)
                : activationsPerImage(rows * cols, hidden, latent));
        requireFits(activations <= MAX_MINIBATCH_ACTIVATIONS,
                Fault.of("model.tooManyActivations", batch, shape, activations, MAX_MINIBATCH_ACTIVATIONS));
    }

    /**
     * Weights of this network: each affine layer has (in + 1) * out, the encoder's last two (mean, log-variance);
     * a convolution in x out x kernel^2 + out ({@link ConvShape}).
     */
    public long parameterCount() {
        return architecture == Architecture.CONVOLUTIONAL ? ConvShape.of(this).parameterCount(hiddenSizes, latentSize)
                : parameterCount(inputSize(), hiddenSizes, latentSize);
    }

    /** "784-400-2", or "convolutional 1x28x28 > 32x14x14 > 64x7x7 > 256 > 20": the encoder's layers. */
    public String describeNetwork() {
        return architecture == Architecture.CONVOLUTIONAL
                ? "convolutional " + ConvShape.of(this).describe(hiddenSizes, latentSize)
                : shape(inputSize(), hiddenSizes, latentSize);
    }

    private static long parameterCount(int input, List<Integer> hidden, int latent) {
        long total = 0;
        long in = input;
        for (int h : hidden) {
            total += (in + 1) * h;
            in = h;
        }
        total += 2 * (in + 1) * latent;
        in = latent;
        for (int i = hidden.size() - 1; i >= 0; i--) {
            total += (in + 1) * hidden.get(i);
            in = hidden.get(i);
        }
        return total + (in + 1) * input;
    }

    /** Values one image produces on its way through: input and output, each hidden layer twice, mean, log-variance, z. */
    private static long activationsPerImage(int input, List<Integer> hidden, int latent) {
        long sum = 2L * input + 3L * latent;
        for (int h : hidden) {
            sum += 2L * h;
        }
        return sum;
    }

    private static String shape(int input, List<Integer> hidden, int latent) {
        StringBuilder s = new StringBuilder().append(input);
        hidden.forEach(h -> s.append('-').append(h));
        return s.append('-').append(latent).toString();
    }

    /**
     * Hyperparameters whose network or minibatch would not fit in memory for this image size: the limits
     * that depend on the image size, which a caller that does not know it yet may check again once it does.
     */
    public static final class TooLargeException extends InvalidValueException {

        private static final long serialVersionUID = 1L;

        TooLargeException(Fault fault) {
            super(fault);
        }
    }

    private static void requireFits(boolean ok, Fault fault) {
        if (!ok) {
            throw new TooLargeException(fault);
        }
    }

    private static void require(boolean ok, Fault fault) {
        if (!ok) {
            throw new InvalidValueException(fault);
        }
    }
}
