package org.vaeexplorer.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.ZeroPaddingLayer;
import org.deeplearning4j.nn.conf.layers.convolutional.Cropping2D;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.ArrayList;
import java.util.List;

/**
 * A VAE ({@link Architecture#CONVOLUTIONAL}) whose encoder and decoder are DL4J convolution, transposed
 * convolution and dense layers, in the shape of {@link ConvShape}. DL4J's own VAE layer has MLP networks
 * only, so the two networks are two {@link LayerStack}s: the encoder maps images to [mu | log sigma^2], the
 * decoder maps z to Bernoulli logits, and the ELBO between them is this project's ({@link Elbo},
 * {@link ConvElboGradient}), as for the MLP.
 *
 * <p>The flat parameter vector is the encoder's parameters followed by the decoder's, each in DL4J's
 * layout (layer after layer; see {@link ConvPointDecoder}).
 */
public final class ConvVae implements Vae {

    private final VaeConfig config;
    private final ConvShape shape;
    private final INDArray params;
    private final LayerStack encoder;
    private final LayerStack decoder;
    private final long encoderParameters;

    private ConvVae(VaeConfig config, DataType dataType) {
        this.config = config;
        this.shape = ConvShape.of(config);
        MultiLayerConfiguration encoderConf = encoderConfiguration(config, dataType);
        MultiLayerConfiguration decoderConf = decoderConfiguration(config, dataType);
        this.encoderParameters = LayerStack.parameterCount(encoderConf);
        long total = encoderParameters + LayerStack.parameterCount(decoderConf);
        try (var ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            this.params = Nd4j.create(dataType, new long[] {1, total}, 'c');
            this.encoder = new LayerStack(encoderConf, encoderPart(params));
            this.decoder = new LayerStack(decoderConf, decoderPart(params));
        }
    }

    static ConvVae create(VaeConfig config) {
        return create(config, DataType.FLOAT);
    }

    /** In double precision only for gradient checks: training, snapshots and files are float. */
    static ConvVae create(VaeConfig config, DataType dataType) {
        if (config.architecture() != Architecture.CONVOLUTIONAL) {
            throw new IllegalArgumentException("not a convolutional VAE: " + config.architecture());
        }
        NativeRuntime.configure();
        ConvVae vae = new ConvVae(config, dataType);
        vae.initLikePyTorch();
        return vae;
    }

    private static NeuralNetConfiguration.ListBuilder layers(VaeConfig c, DataType dataType) {
        return new NeuralNetConfiguration.Builder()
                .seed(c.seed())
                .dataType(dataType)
                .updater(new NoOp()) // Adam is ours (AdamOptimizer), over both networks' parameters at once
                .convolutionMode(ConvolutionMode.Truncate)
                .list();
    }

    static MultiLayerConfiguration encoderConfiguration(VaeConfig c, DataType dataType) {
        ConvShape s = ConvShape.of(c);
        var list = layers(c, dataType);
        if (s.needsPadding()) {
            list.layer(new ZeroPaddingLayer.Builder(s.padTop(), s.padBottom(), s.padLeft(), s.padRight()).build());
        }
        list.layer(convolution(new ConvolutionLayer.Builder(), ConvShape.FIRST_CHANNELS, Activation.RELU));
        list.layer(convolution(new ConvolutionLayer.Builder(), ConvShape.SECOND_CHANNELS, Activation.RELU));
        for (int h : c.hiddenSizes()) {
            list.layer(new DenseLayer.Builder().nOut(h).activation(Activation.RELU).build());
        }
        // One layer for both heads: [mu | log sigma^2], as two Linear(h, latent) side by side.
        list.layer(new DenseLayer.Builder().nOut(2L * c.latentSize()).activation(Activation.IDENTITY).build());
        return list.setInputType(InputType.convolutionalFlat(c.imageRows(), c.imageCols(), 1)).build();
    }

    static MultiLayerConfiguration decoderConfiguration(VaeConfig c, DataType dataType) {
        ConvShape s = ConvShape.of(c);
        var list = layers(c, dataType);
        List<Integer> hidden = c.hiddenSizes();
        for (int i = hidden.size() - 1; i >= 0; i--) {
            list.layer(new DenseLayer.Builder().nOut(hidden.get(i)).activation(Activation.RELU).build());
        }
        int toMaps = hidden.size();
        list.layer(new DenseLayer.Builder().nOut(s.featureSize()).activation(Activation.RELU).build());
        list.inputPreProcessor(toMaps + 1,
                new FeedForwardToCnnPreProcessor(s.featureRows(), s.featureCols(), ConvShape.SECOND_CHANNELS));
        list.layer(convolution(new Deconvolution2D.Builder(), ConvShape.FIRST_CHANNELS, Activation.RELU));
        list.layer(convolution(new Deconvolution2D.Builder(), 1, Activation.IDENTITY));
        if (s.needsPadding()) {
            list.layer(new Cropping2D.Builder(s.padTop(), s.padBottom(), s.padLeft(), s.padRight()).build());
        }
        return list.setInputType(InputType.feedForward(c.latentSize())).build();
    }

    private static <B extends ConvolutionLayer.BaseConvBuilder<B>> org.deeplearning4j.nn.conf.layers.Layer convolution(
            B builder, int channels, Activation activation) {
        return builder.kernelSize(ConvShape.KERNEL, ConvShape.KERNEL)
                .stride(ConvShape.STRIDE, ConvShape.STRIDE)
                .padding(ConvShape.PADDING, ConvShape.PADDING)
                .nOut(channels)
                .activation(activation)
                .build();
    }

    /**
     * Every weight and bias drawn from U(-1/sqrt(fan_in), 1/sqrt(fan_in)) with the config's seed: PyTorch's
     * defaults for Linear, Conv2d and ConvTranspose2d, so the comparison with the PyTorch reference is like
     * for like. PyTorch takes a transposed convolution's fan-in from its weight's second dimension, the
     * output channels (times the kernel's area); so does this.
     */
    private void initLikePyTorch() {
        Random rng = Noise.generator(config.seed());
        for (LayerStack stack : new LayerStack[] {encoder, decoder}) {
            for (Layer layer : stack.layers()) {
                if (layer.numParams() == 0) {
                    continue;
                }
                double bound = 1.0 / Math.sqrt(fanIn(layer.conf().getLayer()));
                for (INDArray p : layer.paramTable().values()) {
                    INDArray uniform = Nd4j.rand(rng, p.shape()).muli(2 * bound).subi(bound);
                    p.assign(uniform.castTo(p.dataType()));
                }
            }
        }
    }

    /** One block per layer that has parameters, named by its kind and place; the encoder's last is both heads. */
    @Override
    public List<ParameterBlock> parameterBlocks() {
        List<ParameterBlock> blocks = new ArrayList<>();
        addBlocks(blocks, "encoder", encoder, "μ and log σ² heads");
        addBlocks(blocks, "decoder", decoder, "output");
        return blocks;
    }

    private void addBlocks(List<ParameterBlock> blocks, String network, LayerStack stack, String lastName) {
        List<Layer> withParams = new ArrayList<>();
        for (Layer layer : stack.layers()) {
            if (layer.numParams() > 0) {
                withParams.add(layer);
            }
        }
        int convolutions = 0;
        int dense = 0;
        for (int i = 0; i < withParams.size(); i++) {
            Layer layer = withParams.get(i);
            String name;
            if (i == withParams.size() - 1) {
                name = lastName;
            } else if (layer.conf().getLayer() instanceof ConvolutionLayer) {
                name = network + (layer.conf().getLayer() instanceof Deconvolution2D ? " transposed conv " : " conv ")
                        + ++convolutions;
            } else {
                name = network + " dense " + ++dense;
            }
            blocks.add(ParameterBlock.spanning(name, params, layer.paramTable().values()));
        }
    }

    private static long fanIn(org.deeplearning4j.nn.conf.layers.Layer layer) {
        long kernelArea = (long) ConvShape.KERNEL * ConvShape.KERNEL;
        if (layer instanceof Deconvolution2D d) {
            return d.getNOut() * kernelArea;
        }
        if (layer instanceof ConvolutionLayer c) {
            return c.getNIn() * kernelArea;
        }
        return ((FeedForwardLayer) layer).getNIn();
    }

    private INDArray encoderPart(INDArray flat) {
        return flat.get(NDArrayIndex.all(), NDArrayIndex.interval(0, encoderParameters));
    }

    private INDArray decoderPart(INDArray flat) {
        return flat.get(NDArrayIndex.all(), NDArrayIndex.interval(encoderParameters, flat.length()));
    }

    @Override
    public VaeConfig config() {
        return config;
    }

    @Override
    public INDArray params() {
        return params;
    }

    /** How many of the flat parameters are the encoder's (they come first). */
    long encoderParameterCount() {
        return encoderParameters;
    }

    LayerStack encoder() {
        return encoder;
    }

    LayerStack decoder() {
        return decoder;
    }

    /** Points both networks' gradients at their parts of {@code flat}, laid out like {@link #params()}. */
    void setGradientView(INDArray flat) {
        encoder.setGradientView(encoderPart(flat));
        decoder.setGradientView(decoderPart(flat));
    }

    @Override
    public Posterior encode(INDArray x) {
        return posteriorOf(encoder.forward(x, false));
    }

    /** The encoder's output [mu | log sigma^2] as the posterior's two matrices. */
    Posterior posteriorOf(INDArray heads) {
        long latent = config.latentSize();
        INDArray mean = heads.get(NDArrayIndex.all(), NDArrayIndex.interval(0, latent)).dup('c');
        INDArray logVariance = heads.get(NDArrayIndex.all(), NDArrayIndex.interval(latent, 2 * latent)).dup('c');
        return new Posterior(mean, logVariance);
    }

    /** Bernoulli logits of p(x|z), one row of pixels per latent point (the decoder's output flattened). */
    INDArray logits(INDArray z, boolean training) {
        INDArray maps = decoder.forward(z, training);
        return maps.reshape('c', maps.size(0), (long) config.imageRows() * config.imageCols());
    }

    @Override
    public INDArray decode(INDArray z) {
        return Transforms.sigmoid(logits(z, false), false);
    }

    @Override
    public float[] decodeToFloats(float[] z, int n) {
        try (var ignored = Scratch.open("decode")) {
            float[] pixels = ImageMatrix.toFloats(logits(Nd4j.create(z, new long[] {n, z.length / n}, 'c'), false));
            PixelSigmoid.addBiasAndSquash(pixels, new float[config.inputSize()]);
            return pixels;
        }
    }

    @Override
    public INDArray reconstructionLogProbability(INDArray x, int samples) {
        Posterior q = encode(x);
        INDArray sigma = q.standardDeviation();
        INDArray sum = Nd4j.zeros(x.dataType(), x.rows());
        for (int l = 0; l < samples; l++) {
            INDArray eps = Nd4j.randn(x.dataType(), x.rows(), config.latentSize());
            INDArray z = eps.muli(sigma).addi(q.mean());
            sum.addi(Elbo.bernoulliLogLikelihoodPerRow(logits(z, false), x));
        }
        return sum.divi(samples);
    }

    @Override
    public INDArray logLikelihood(INDArray x, INDArray z) {
        return Elbo.bernoulliLogLikelihoodPerRow(logits(z, false), x);
    }

    @Override
    public LossParts lossSums(INDArray x, INDArray eps) {
        Posterior q = encode(x);
        return Elbo.sums(logits(Vae.reparameterize(q, eps), false), x, q);
    }

    @Override
    public ElboGradient elboGradient() {
        return new ConvElboGradient(this);
    }
}
