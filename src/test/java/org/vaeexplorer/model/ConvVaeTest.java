package org.vaeexplorer.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.testing.SyntheticImages;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConvVaeTest {

    /** 5x6 images: neither side a multiple of 4, so the encoder pads to 8x8 and the decoder crops back. */
    static final VaeConfig ODD = new VaeConfig(5, 6, List.of(7), 3, 1e-3, 8, 1, 1.0, 0, 5, Architecture.CONVOLUTIONAL);
    static final VaeConfig EVEN = new VaeConfig(8, 8, List.of(9, 6), 2, 1e-3, 8, 1, 1.0, 0, 5, Architecture.CONVOLUTIONAL);

    private static INDArray images(VaeConfig c, int n) {
        return ImageMatrix.range(SyntheticImages.images(n, c.imageRows(), c.imageCols(), 1), 0, n);
    }

    @Test
    void everyEntryPointHasTheImagesShapeForAnySize() {
        for (VaeConfig c : List.of(ODD, EVEN)) {
            Vae vae = Vae.create(c);
            assertThat(vae).isInstanceOf(ConvVae.class);
            assertThat(vae.parameterCount()).isEqualTo(c.parameterCount());
            INDArray x = images(c, 5);
            Posterior q = vae.encode(x);
            assertThat(q.mean().shape()).containsExactly(5, c.latentSize());
            assertThat(q.logVariance().shape()).containsExactly(5, c.latentSize());
            assertThat(vae.decode(q.mean()).shape()).containsExactly(5, c.inputSize());
            assertThat(vae.reconstruct(x).shape()).containsExactly(5, c.inputSize());
            assertThat(vae.encodeMeansToFloats(x)).hasSize(5 * c.latentSize());
            INDArray samples = vae.sampleFromPrior(7, Noise.generator(1));
            assertThat(samples.minNumber().doubleValue()).isGreaterThanOrEqualTo(0.0);
            assertThat(samples.maxNumber().doubleValue()).isLessThanOrEqualTo(1.0);
            assertThat(vae.reconstructionLogProbability(x, 4).length()).isEqualTo(5);
            LossParts loss = vae.lossSums(x, Noise.standardNormal(5, c.latentSize(), Noise.generator(2)));
            assertThat(loss.allFinite()).isTrue();
        }
    }

    /**
     * The one-channel layers run unfolded for minibatches and as libnd4j's ops for the test set's chunks of
     * 1,000 images: both ways give the same encodings, decodings and loss.
     */
    @Test
    void aLargeBatchAndItsSmallPartsGiveTheSameResults() {
        ConvVae vae = ConvVae.create(ODD.withSeed(3));
        int n = 600;
        INDArray x = images(ODD, n);
        INDArray eps = Noise.standardNormal(n, ODD.latentSize(), Noise.generator(4));

        INDArray mean = vae.encode(x).mean();
        INDArray decoded = vae.decode(mean);
        LossParts whole = vae.lossSums(x, eps);

        LossParts parts = LossParts.ZERO;
        for (int from = 0; from < n; from += 200) {
            INDArray part = x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from, from + 200),
                    org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
            INDArray partMean = vae.encode(part).mean();
            assertThat(maxRelativeDifference(partMean, mean.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from, from + 200),
                    org.nd4j.linalg.indexing.NDArrayIndex.all()))).as("encodings").isLessThan(1e-4);
            assertThat(maxRelativeDifference(vae.decode(partMean), decoded.get(
                    org.nd4j.linalg.indexing.NDArrayIndex.interval(from, from + 200),
                    org.nd4j.linalg.indexing.NDArrayIndex.all()))).as("decodings").isLessThan(1e-4);
            parts = parts.plus(vae.lossSums(part, eps.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from, from + 200),
                    org.nd4j.linalg.indexing.NDArrayIndex.all()).dup()));
        }
        assertThat(parts.negElbo()).isCloseTo(whole.negElbo(), within(1e-5 * whole.negElbo()));
    }

    private static double maxRelativeDifference(INDArray a, INDArray b) {
        return a.sub(b).amaxNumber().doubleValue() / Math.max(1e-6, b.amaxNumber().doubleValue());
    }

    @Test
    void decodingsAreThePlainComputationsAndTheWindowsPicturesAgree() {
        for (VaeConfig c : List.of(ODD, EVEN)) {
            ConvVae vae = ConvVae.create(c.withSeed(9));
            PlainConvVae plain = new PlainConvVae(c, vae.params().toDoubleVector());
            float[] z = {0.7f, -1.2f, 0.3f, 2f, -0.4f, 1.1f};
            int n = z.length / c.latentSize();
            INDArray decoded = vae.decode(Nd4j.create(z, new long[] {n, c.latentSize()}, 'c'));
            float[] pictures = vae.decodeToFloats(z, n);
            float[] single = PointDecoder.of(c).decode(vae.snapshotValues(), java.util.Arrays.copyOf(z, c.latentSize()));
            for (int row = 0; row < n; row++) {
                double[] point = new double[c.latentSize()];
                for (int j = 0; j < point.length; j++) {
                    point[j] = z[row * point.length + j];
                }
                double[] logits = plain.logits(point);
                for (int p = 0; p < logits.length; p++) {
                    double expected = 1 / (1 + Math.exp(-logits[p]));
                    assertThat(decoded.getDouble(row, p)).as("pixel %d of point %d", p, row).isCloseTo(expected, within(1e-5));
                    assertThat((double) pictures[row * logits.length + p]).isCloseTo(expected, within(1e-5));
                    if (row == 0) {
                        assertThat((double) single[p]).as("point decoder, pixel %d", p).isCloseTo(expected, within(1e-5));
                    }
                }
            }
        }
    }

    @Test
    void encodingIsThePlainComputation() {
        ConvVae vae = ConvVae.create(ODD);
        PlainConvVae plain = new PlainConvVae(ODD, vae.params().toDoubleVector());
        INDArray x = images(ODD, 3);
        Posterior q = vae.encode(x);
        for (int row = 0; row < 3; row++) {
            double[] heads = plain.encode(x.getRow(row).toDoubleVector());
            for (int j = 0; j < ODD.latentSize(); j++) {
                assertThat(q.mean().getDouble(row, j)).isCloseTo(heads[j], within(1e-5));
                assertThat(q.logVariance().getDouble(row, j)).isCloseTo(heads[ODD.latentSize() + j], within(1e-5));
            }
        }
    }

    @Test
    void ourConvolutionsAndDenseLayersGiveWhatDl4jsOwnLayersGiveForwardAndBackward() {
        ConvVae vae = ConvVae.create(EVEN);
        INDArray z = Noise.standardNormal(4, EVEN.latentSize(), Noise.generator(3));
        INDArray ours = vae.decoder().forward(z, true);
        INDArray upstream = Noise.standardNormal(4, EVEN.inputSize(), Noise.generator(4)).reshape(ours.shape());
        INDArray gradient = Nd4j.create(DataType.FLOAT, 1, vae.parameterCount());
        vae.setGradientView(gradient);
        INDArray ourInputGradient = vae.decoder().backward(upstream);
        INDArray ourGradient = gradient.dup();

        // DL4J's layers themselves, with the network's own preprocessors, on the same parameters.
        LayerWorkspaceMgr none = LayerWorkspaceMgr.noWorkspaces();
        Layer[] layers = vae.decoder().layers();
        var conf = ConvVae.decoderConfiguration(EVEN, DataType.FLOAT);
        INDArray a = z;
        for (int i = 0; i < layers.length; i++) {
            if (conf.getInputPreProcess(i) != null) {
                a = conf.getInputPreProcess(i).preProcess(a, 4, none);
            }
            a = layers[i].activate(a, true, none);
        }
        assertThat(ours.equalsWithEps(a, 1e-5)).as("forward").isTrue();
        gradient.assign(0);
        INDArray eps = upstream;
        for (int i = layers.length - 1; i >= 0; i--) {
            eps = layers[i].backpropGradient(eps, none).getSecond();
            if (conf.getInputPreProcess(i) != null) {
                eps = conf.getInputPreProcess(i).backprop(eps, 4, none);
            }
        }
        assertThat(ourInputGradient.equalsWithEps(eps, 1e-4)).as("gradient at z").isTrue();
        double scale = gradient.norm2Number().doubleValue();
        assertThat(scale).isGreaterThan(0.0);
        assertThat(ourGradient.sub(gradient).norm2Number().doubleValue()).as("parameter gradients").isLessThan(1e-5 * scale);
    }

    @Test
    void weightsStartLikePyTorchsAndFollowTheSeed() {
        ConvVae vae = ConvVae.create(EVEN);
        assertThat(ConvVae.create(EVEN).params()).isEqualTo(vae.params());
        assertThat(ConvVae.create(EVEN.withSeed(6)).params()).isNotEqualTo(vae.params());
        Layer[] decoder = vae.decoder().layers();
        // PyTorch's ConvTranspose2d takes its fan-in from the output channels: 1 x 4 x 4 for the last layer.
        INDArray lastKernel = decoder[decoder.length - 1].getParam("W");
        assertThat(lastKernel.amaxNumber().doubleValue()).isLessThanOrEqualTo(1 / Math.sqrt(16)).isGreaterThan(0.15);
        INDArray firstKernel = vae.encoder().layers()[0].getParam("W");
        assertThat(firstKernel.amaxNumber().doubleValue()).isLessThanOrEqualTo(1 / Math.sqrt(16)).isGreaterThan(0.15);
    }

    @Test
    void copiesAreIndependentNetworks() {
        Vae vae = Vae.create(EVEN);
        Vae copy = vae.copy();
        INDArray z = Nd4j.createFromArray(new float[][] {{0.1f, 0.2f}});
        INDArray before = copy.decode(z).dup();
        vae.params().addi(0.5);
        assertThat(copy.decode(z)).isEqualTo(before);
        assertThat(vae.decode(z)).isNotEqualTo(before);
        assertThat(Vae.withParams(EVEN, vae.snapshotValues()).decode(z)).isEqualTo(vae.decode(z));
    }

    @Test
    void theMnistShapeHasThePyTorchReferencesParameterCount() {
        VaeConfig mnist = VaeConfig.defaults().withArchitecture(Architecture.CONVOLUTIONAL)
                .withHiddenSizes(List.of(256)).withLatentSize(20);
        // sum(p.numel() for p in ConvVAE(256, 20).parameters()) in the reference script
        assertThat(mnist.parameterCount()).isEqualTo(1_691_369);
        assertThat(mnist.describeNetwork()).isEqualTo("convolutional 1x28x28 > 32x14x14 > 64x7x7 > 256 > 20");
    }
}
