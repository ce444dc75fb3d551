package org.vaeexplorer.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.variational.BernoulliReconstructionDistribution;
import org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A VAE ({@link Architecture#MLP}) with an MLP encoder and decoder and a Bernoulli likelihood, held in a DL4J network with one
 * {@link VariationalAutoencoder} layer. The layer owns the parameters, their initialisation and
 * decoding ({@code generateAtMeanGivenZ}); the encoder's log-variance, which the layer does not expose,
 * is computed here from the same parameter views.
 *
 * <p>Not thread-safe, like every DL4J network: one thread uses one instance. Other threads decode with
 * a {@link #copy()} whose parameters are refreshed from a published snapshot.
 */
public final class MlpVae implements Vae {

    /** Parameter names of DL4J's VariationalAutoencoderParamInitializer. */
    static final String MEAN_W = "pZXMeanW";
    static final String MEAN_B = "pZXMeanb";
    static final String LOG_VAR_W = "pZXLogStd2W";
    static final String LOG_VAR_B = "pZXLogStd2b";
    static final String OUT_W = "pXZW";
    static final String OUT_B = "pXZb";

    private final VaeConfig config;
    private final MultiLayerNetwork network;
    private final Layer layer;
    private final org.deeplearning4j.nn.layers.variational.VariationalAutoencoder vaeLayer;

    private MlpVae(VaeConfig config, MultiLayerNetwork network) {
        this.config = config;
        this.network = network;
        this.layer = network.getLayer(0);
        this.vaeLayer = (org.deeplearning4j.nn.layers.variational.VariationalAutoencoder) layer;
    }

    /** A new VAE with weights drawn from U(-1/sqrt(fan_in), 1/sqrt(fan_in)) (PyTorch's Linear default) with the config's seed. */
    static MlpVae create(VaeConfig config) {
        NativeRuntime.configure();
        MultiLayerNetwork net = new MultiLayerNetwork(networkConfiguration(config));
        net.init();
        MlpVae vae = new MlpVae(config, net);
        vae.initBiasesLikePyTorch();
        return vae;
    }

    /**
     * DL4J starts biases at a constant; PyTorch's Linear draws them from U(-1/sqrt(fan_in), 1/sqrt(fan_in)),
     * like its weights. Doing the same keeps the comparison with the PyTorch reference like for like.
     */
    private void initBiasesLikePyTorch() {
        Random rng = Noise.generator(config.seed() + 1);
        for (var entry : layer.paramTable().entrySet()) {
            String key = entry.getKey();
            if (key.endsWith("b")) {
                long fanIn = layer.getParam(key.substring(0, key.length() - 1) + "W").size(0);
                double bound = 1.0 / Math.sqrt(fanIn);
                INDArray uniform = Nd4j.rand(rng, entry.getValue().shape()).muli(2 * bound).subi(bound);
                entry.getValue().assign(uniform.castTo(DataType.FLOAT));
            }
        }
    }

    private static MultiLayerConfiguration networkConfiguration(VaeConfig c) {
        int[] encoder = c.hiddenSizes().stream().mapToInt(Integer::intValue).toArray();
        int[] decoder = new int[encoder.length];
        for (int i = 0; i < encoder.length; i++) {
            decoder[i] = encoder[encoder.length - 1 - i];
        }
        return new NeuralNetConfiguration.Builder()
                .seed(c.seed())
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.UNIFORM)
                .updater(new Adam(c.learningRate()))
                .list()
                .layer(new VariationalAutoencoder.Builder()
                        .nIn(c.inputSize())
                        .nOut(c.latentSize())
                        .encoderLayerSizes(encoder)
                        .decoderLayerSizes(decoder)
                        .activation(Activation.RELU)
                        .pzxActivationFunction(Activation.IDENTITY)
                        .reconstructionDistribution(new BernoulliReconstructionDistribution(Activation.SIGMOID))
                        .build())
                .build();
    }

    @Override
    public VaeConfig config() {
        return config;
    }

    @Override
    public long parameterCount() {
        return network.numParams();
    }

    /** The live flattened parameters. Only the owning thread may read or write them. */
    @Override
    public INDArray params() {
        return network.params();
    }

    /**
     * DL4J's VAE layer keeps each layer's weights and bias under one prefix (e0W, e0b, ..., pZXMeanW,
     * pZXLogStd2W, d0W, ..., pXZW): a block per prefix.
     */
    @Override
    public List<ParameterBlock> parameterBlocks() {
        Map<String, List<INDArray>> byLayer = new LinkedHashMap<>();
        layer.paramTable().forEach((key, view) ->
                byLayer.computeIfAbsent(key.substring(0, key.length() - 1), k -> new ArrayList<>()).add(view));
        List<ParameterBlock> blocks = new ArrayList<>();
        byLayer.forEach((prefix, views) -> blocks.add(ParameterBlock.spanning(layerName(prefix), params(), views)));
        return blocks;
    }

    private static String layerName(String prefix) {
        return switch (prefix) {
            case "pZXMean" -> "μ head";
            case "pZXLogStd2" -> "log σ² head";
            case "pXZ" -> "output";
            default -> (prefix.charAt(0) == 'e' ? "encoder " : "decoder ") + (Integer.parseInt(prefix.substring(1)) + 1);
        };
    }

    INDArray param(String key) {
        return layer.getParam(key);
    }

    static String weightKey(char part, int index) {
        return part + Integer.toString(index) + "W";
    }

    static String biasKey(char part, int index) {
        return part + Integer.toString(index) + "b";
    }

    int encoderDepth() {
        return config.hiddenSizes().size();
    }

    /** Hidden activations of the encoder, input side first: h_i = relu(h_{i-1} W_i + b_i), h_0 = x. */
    INDArray[] encoderActivations(INDArray x) {
        return reluStack(x, 'e');
    }

    /** Hidden activations of the decoder, z side first. */
    INDArray[] decoderActivations(INDArray z) {
        return reluStack(z, 'd');
    }

    private INDArray[] reluStack(INDArray input, char part) {
        INDArray[] out = new INDArray[encoderDepth()];
        INDArray current = input;
        for (int i = 0; i < out.length; i++) {
            current = Transforms.relu(affine(current, weightKey(part, i), biasKey(part, i)), false);
            out[i] = current;
        }
        return out;
    }

    /**
     * input W + b. The bias goes in as a rank-1 BLAS update, ones(n,1) b, which costs a tenth of ND4J's
     * broadcast add (addiRowVector) on this machine.
     */
    INDArray affine(INDArray input, String weightKey, String biasKey) {
        return affine(input, param(weightKey), param(biasKey));
    }

    /** input W + b into a new 'c'-ordered array, the bias added as a rank-1 update (see above). */
    static INDArray affine(INDArray input, INDArray weights, INDArray bias) {
        INDArray out = product(input, weights, false);
        return Nd4j.gemm(Nd4j.ones(input.dataType(), input.rows(), 1), bias.reshape(1, bias.length()), out, false, false, 1.0, 1.0);
    }

    /**
     * a b (or a b^T) into a new 'c'-ordered array: mmul allocates its result in 'f' order, and the step's
     * following elementwise ops and products were twice as slow on it.
     */
    static INDArray product(INDArray a, INDArray b, boolean transposeB) {
        long columns = transposeB ? b.rows() : b.columns();
        return Nd4j.gemm(a, b, Nd4j.createUninitialized(a.dataType(), a.rows(), columns), false, transposeB, 1.0, 0.0);
    }

    /** Bernoulli logits of p(x|z) for the decoder's last hidden layer. */
    INDArray outputLogits(INDArray lastDecoderHidden) {
        return affine(lastDecoderHidden, OUT_W, OUT_B);
    }

    /** q(z|x): the mean and log-variance heads on the encoder's last hidden layer. */
    @Override
    public Posterior encode(INDArray x) {
        INDArray[] h = encoderActivations(x);
        return posteriorOf(h[h.length - 1]);
    }

    Posterior posteriorOf(INDArray lastEncoderHidden) {
        return new Posterior(affine(lastEncoderHidden, MEAN_W, MEAN_B), affine(lastEncoderHidden, LOG_VAR_W, LOG_VAR_B));
    }

    /** One forward pass with given noise, every intermediate kept for the backward pass. */
    record Forward(INDArray[] encoderHidden, Posterior posterior, INDArray sigma, INDArray z,
                   INDArray[] decoderHidden, INDArray logits) {
    }

    Forward forward(INDArray x, INDArray eps) {
        INDArray[] he = encoderActivations(x);
        Posterior q = posteriorOf(he[he.length - 1]);
        INDArray sigma = q.standardDeviation();
        INDArray z = sigma.mul(eps).addi(q.mean());
        INDArray[] hd = decoderActivations(z);
        return new Forward(he, q, sigma, z, hd, outputLogits(hd[hd.length - 1]));
    }

    /**
     * Pixel means E[x|z] = sigmoid(decoder(z)), one row per latent point: what DL4J's
     * {@code generateAtMeanGivenZ} computes (VaeTest checks they agree), on this class's own path so that
     * its arrays land in the caller's workspace (DL4J allocates outside any).
     */
    @Override
    public INDArray decode(INDArray z) {
        INDArray[] hd = decoderActivations(z);
        return Transforms.sigmoid(outputLogits(hd[hd.length - 1]), false);
    }

    /**
     * Decodes {@code z} ({@code n} latent points, row after row) to pixel means, row after row, in scratch
     * memory: nothing native is left behind. For pictures: the output layer's bias and sigmoid are applied in
     * Java ({@link PixelSigmoid}, within 3e-7 of {@link #decode}), faster than libnd4j's element-wise ops.
     */
    @Override
    public float[] decodeToFloats(float[] z, int n) {
        try (var ignored = Scratch.open("decode")) {
            INDArray[] hd = decoderActivations(Nd4j.create(z, new long[] {n, z.length / n}, 'c'));
            float[] pixels = ImageMatrix.toFloats(product(hd[hd.length - 1], param(OUT_W), false));
            PixelSigmoid.addBiasAndSquash(pixels, ImageMatrix.toFloats(param(OUT_B)));
            return pixels;
        }
    }

    /** DL4J's own, {@code VariationalAutoencoder.reconstructionLogProbability}. */
    @Override
    public INDArray reconstructionLogProbability(INDArray x, int samples) {
        return vaeLayer.reconstructionLogProbability(x, samples);
    }

    @Override
    public INDArray logLikelihood(INDArray x, INDArray z) {
        INDArray[] hd = decoderActivations(z);
        return Elbo.bernoulliLogLikelihoodPerRow(outputLogits(hd[hd.length - 1]), x);
    }

    @Override
    public LossParts lossSums(INDArray x, INDArray eps) {
        Forward f = forward(x, eps);
        return Elbo.sums(f.logits(), x, f.posterior());
    }

    @Override
    public ElboGradient elboGradient() {
        return new MlpElboGradient(this);
    }

    /** The DL4J layer itself, for checks that compare this code with DL4J's own ELBO. */
    org.deeplearning4j.nn.layers.variational.VariationalAutoencoder layer() {
        return vaeLayer;
    }

    MultiLayerNetwork network() {
        return network;
    }

    /**
     * One minibatch through DL4J's own training path for this layer (its gradient, its Adam updater), its noise
     * drawn from ND4J's global generator: the reference this app's gradient and Adam are measured against
     * ({@code bench --dl4j-baseline}).
     */
    public void trainStepWithDl4j(INDArray x) {
        network.pretrainLayer(0, x);
    }
}
