package org.vaeexplorer.evaluation;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.data.ShuffledBatches;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.FileFaultException;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.NativeRuntime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A small convolutional digit classifier, the judge of a VAE's samples: conv 5x5x20, max-pool, conv 5x5x50,
 * max-pool, dense 128 (its activations are the "features" of the Fréchet distance), softmax over the ten
 * classes; trained with Adam on cross-entropy. The convolutions have LeNet's widths (LeCun et al. 1998, as in
 * Caffe's MNIST example): half the multiply-adds of 32 and 64 channels, so it trains on one thread in minutes.
 *
 * <p>Not thread-safe, like every DL4J network: the thread that made or loaded a classifier is the only one
 * that uses it.
 */
public final class DigitClassifier {

    /** Where the shipped classifier lives, beside the shipped VAEs (relative to the install folder). */
    public static final Path SHIPPED = Path.of("models", "mnist-classifier.zip");
    /** Width of the penultimate (dense) layer: the length of a feature vector. */
    public static final int FEATURES = 128;
    public static final double LEARNING_RATE = 1e-3;
    private static final int CONV1 = 20;
    private static final int CONV2 = 50;
    private static final int FEATURE_LAYER = 4;
    /** Images per forward pass when classifying or taking features: bounded memory for any set size. */
    private static final int CHUNK = 500;

    /** Told after every minibatch and every epoch of {@link #train}, on the training thread. */
    public interface TrainingListener {
        void minibatchDone(int epoch, int batch, int batchesPerEpoch, double loss);

        /** The network may be used here (same thread): to measure it, or to save what has been learnt so far. */
        void epochDone(int epoch);
    }

    private final MultiLayerNetwork network;
    private final int rows;
    private final int cols;

    private DigitClassifier(MultiLayerNetwork network, int rows, int cols) {
        this.network = network;
        this.rows = rows;
        this.cols = cols;
    }

    /** An untrained classifier of {@code rows x cols} images, its weights drawn with {@code seed}. */
    public static DigitClassifier create(int rows, int cols, long seed) {
        NativeRuntime.configure();
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(LEARNING_RATE))
                .list()
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(CONV1).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new ConvolutionLayer.Builder(5, 5).nOut(CONV2).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
                .layer(new DenseLayer.Builder().nOut(FEATURES).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(ImageSet.NUM_CLASSES)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutionalFlat(rows, cols, 1))
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return new DigitClassifier(network, rows, cols);
    }

    /**
     * A classifier saved by {@link #save}.
     *
     * @throws IOException when the file cannot be read or holds no classifier of this kind; its fault names the file
     */
    public static DigitClassifier load(Path file) throws IOException {
        NativeRuntime.configure();
        if (!Files.isRegularFile(file)) {
            throw new FileFaultException(Fault.of("file", file, Fault.of("noSuchFile")));
        }
        MultiLayerNetwork network;
        try {
            network = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
        } catch (IOException | RuntimeException e) {
            throw new FileFaultException(Fault.of("file", file, Fault.of("evaluation.notAClassifierFile",
                    Fault.describing(e))), e);
        }
        if (network.getnLayers() != FEATURE_LAYER + 2
                || !(network.getLayerWiseConfigurations().getInputPreProcess(0) instanceof FeedForwardToCnnPreProcessor input)
                || network.getLayer(FEATURE_LAYER).getParam("W").size(1) != FEATURES
                || network.getLayer(FEATURE_LAYER + 1).getParam("W").size(1) != ImageSet.NUM_CLASSES) {
            throw new FileFaultException(Fault.of("file", file, Fault.of("evaluation.notThisAppsClassifier")));
        }
        return new DigitClassifier(network, (int) input.getInputHeight(), (int) input.getInputWidth());
    }

    /** Writes the weights (without Adam's state) to a temporary file, then moves it into place. */
    public void save(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would follow the file into place.
        Path partial = dir.resolve(file.getFileName() + ".partial");
        try {
            ModelSerializer.writeModel(network, partial.toFile(), false);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Trains {@code epochs} epochs over {@code train} in minibatches shuffled with {@code seed}. */
    public void train(ImageSet train, int epochs, int batchSize, long seed, TrainingListener listener) {
        requireSize(train);
        ShuffledBatches batches = new ShuffledBatches(train.count(), batchSize, seed);
        NativeRuntime.withOneDnn(() -> {
            for (int epoch = 0; epoch < epochs; epoch++) {
                int[] order = batches.epochOrder(epoch);
                for (int b = 0; b < batches.batchesPerEpoch(); b++) {
                    int[] indices = batches.batch(order, b);
                    network.fit(ImageMatrix.of(train, indices), oneHot(train, indices));
                    listener.minibatchDone(epoch, b + 1, batches.batchesPerEpoch(), network.score());
                }
                listener.epochDone(epoch);
            }
        });
    }

    /** What the classifier makes of a set of images: one row per image. */
    public record Judgement(float[][] classProbabilities, float[][] features) {

        /** The share of images whose most probable class is the given label. */
        public double accuracy(ImageSet labelled) {
            int correct = 0;
            for (int i = 0; i < classProbabilities.length; i++) {
                correct += argMax(classProbabilities[i]) == labelled.label(i) ? 1 : 0;
            }
            return (double) correct / classProbabilities.length;
        }
    }

    /**
     * Class probabilities (n x 10) and penultimate-layer features (n x {@link #FEATURES}) of {@code n} images
     * ({@code rows x cols} pixels in [0,1] each, one after another), from one forward pass.
     */
    public Judgement judge(float[] images, int n) {
        return judge(images, n, done -> { });
    }

    /** As {@link #judge(float[], int)}, telling {@code progress} how many images are judged after each chunk. */
    public Judgement judge(float[] images, int n, IntConsumer progress) {
        int pixels = rows * cols;
        if (images.length != n * pixels) {
            throw new IllegalArgumentException(images.length + " values are not " + n + " images of " + rows + "x" + cols);
        }
        float[][] probabilities = new float[n][];
        float[][] features = new float[n][];
        for (int from = 0; from < n; from += CHUNK) {
            int to = Math.min(n, from + CHUNK);
            INDArray x = ImageMatrix.fromFloats(Arrays.copyOfRange(images, from * pixels, to * pixels), to - from, pixels);
            List<INDArray> activations = new ArrayList<>();
            NativeRuntime.withOneDnn(() -> activations.addAll(network.feedForwardToLayer(FEATURE_LAYER + 1, x, false)));
            // feedForwardToLayer lists the input first, then each layer's output.
            splitRows(activations.get(FEATURE_LAYER + 2), probabilities, from);
            splitRows(activations.get(FEATURE_LAYER + 1), features, from);
            progress.accept(to);
        }
        return new Judgement(probabilities, features);
    }

    /** What the classifier makes of all of {@code set}'s images. */
    public Judgement judge(ImageSet set) {
        return judge(set, done -> { });
    }

    /** As {@link #judge(ImageSet)}, telling {@code progress} how many images are judged after each chunk. */
    public Judgement judge(ImageSet set, IntConsumer progress) {
        requireSize(set);
        return judge(set.scaledImages(), set.count(), progress);
    }

    /** The share of {@code set}'s images whose most probable class is their label. */
    public double accuracy(ImageSet set) {
        return judge(set).accuracy(set);
    }

    public static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static void splitRows(INDArray matrix, float[][] out, int from) {
        float[] values = ImageMatrix.toFloats(matrix);
        int width = (int) matrix.columns();
        for (int i = 0; i < matrix.rows(); i++) {
            out[from + i] = Arrays.copyOfRange(values, i * width, (i + 1) * width);
        }
    }

    /** True when it reads images of {@code data}'s size: the one check before it judges them. */
    public boolean readsImagesOf(Dataset data) {
        return rows == data.rows() && cols == data.cols();
    }

    private void requireSize(ImageSet set) {
        if (set.rows() != rows || set.cols() != cols) {
            throw new IllegalArgumentException("the classifier reads " + rows + "x" + cols + " images, not "
                    + set.rows() + "x" + set.cols());
        }
    }

    private static INDArray oneHot(ImageSet set, int[] indices) {
        INDArray labels = Nd4j.zeros(DataType.FLOAT, indices.length, ImageSet.NUM_CLASSES);
        for (int i = 0; i < indices.length; i++) {
            labels.putScalar(i, set.label(indices[i]), 1f);
        }
        return labels;
    }
}
