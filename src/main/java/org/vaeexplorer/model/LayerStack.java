package org.vaeexplorer.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.Map;

/**
 * A chain of DL4J layers (one of a VAE's two networks) run forward and backward layer by layer.
 *
 * <p>Why not {@code MultiLayerNetwork.backpropGradient} with external errors: it opens DL4J's own
 * workspaces, asserts that no other is open (the training step's is), and replaces gradient views set from
 * outside. Run layer by layer, every array of a step lands in the caller's workspace, which is reset each
 * step, and the gradients land in the views this class is given: parts of one flat gradient shared with
 * the VAE's other network. The {@link MultiLayerNetwork} builds the layers, their preprocessors and their
 * parameter views (on a part of the VAE's one flat parameter vector).
 *
 * <p>Convolutions and transposed convolutions run as libnd4j's own {@code conv2d}/{@code conv2d_bp} and
 * {@code deconv2d}/{@code deconv2d_bp} ops on the layers' parameter and gradient views; dense, padding and
 * cropping layers run as DL4J's layers themselves. DL4J's convolution layers wrap the same work in an im2col
 * of their own, a second forward pass inside every backward pass and layout copies, which made them several
 * times slower than the ops they stand for (docs/performance.md).
 */
final class LayerStack {

    private final MultiLayerNetwork network;
    private final Layer[] layers;
    private final InputPreProcessor[] preprocessors;
    private final Convolution[] convolutions;

    /** @param params a row vector of {@code numParams(conf)} values, used in place (not copied, not initialised) */
    LayerStack(MultiLayerConfiguration conf, INDArray params) {
        this.network = new MultiLayerNetwork(conf);
        network.init(params, false);
        this.layers = network.getLayers();
        this.preprocessors = new InputPreProcessor[layers.length];
        this.convolutions = new Convolution[layers.length];
        for (int i = 0; i < layers.length; i++) {
            preprocessors[i] = conf.getInputPreProcess(i);
            convolutions[i] = Convolution.of(layers[i]);
        }
    }

    /** Parameters of a stack with this configuration, without building it. */
    static long parameterCount(MultiLayerConfiguration conf) {
        long total = 0;
        for (var layerConf : conf.getConfs()) {
            total += layerConf.getLayer().initializer().numParams(layerConf);
        }
        return total;
    }

    Layer[] layers() {
        return layers;
    }

    /** Points every layer's gradients at its part of {@code view} (laid out like the parameters). */
    void setGradientView(INDArray view) {
        network.setBackpropGradientsViewArray(view);
    }

    /**
     * The output of the last layer for {@code input}; each layer keeps what its backward pass needs. All
     * arrays are created in the current workspace (or outside any, when none is open).
     */
    INDArray forward(INDArray input, boolean training) {
        LayerWorkspaceMgr memory = inCurrentWorkspace();
        int batch = Math.toIntExact(input.size(0));
        INDArray activation = input;
        for (int i = 0; i < layers.length; i++) {
            if (preprocessors[i] != null) {
                activation = preprocessors[i].preProcess(activation, batch, memory);
            }
            activation = convolutions[i] != null ? convolutions[i].forward(activation)
                    : layers[i].activate(activation, training, memory);
        }
        return activation;
    }

    /**
     * Backpropagates {@code outputGradient} (the loss's gradient at the last layer's output, shaped like it)
     * through the layers of the last {@link #forward}: writes each layer's parameter gradients into the
     * gradient view and returns the gradient at the input.
     */
    INDArray backward(INDArray outputGradient) {
        LayerWorkspaceMgr memory = inCurrentWorkspace();
        int batch = Math.toIntExact(outputGradient.size(0));
        INDArray epsilon = outputGradient;
        for (int i = layers.length - 1; i >= 0; i--) {
            epsilon = convolutions[i] != null ? convolutions[i].backward(epsilon)
                    : layers[i].backpropGradient(epsilon, memory).getSecond();
            if (preprocessors[i] != null) {
                epsilon = preprocessors[i].backprop(epsilon, batch, memory);
            }
        }
        return epsilon;
    }

    /**
     * A workspace manager that puts every kind of array DL4J's layers create into the workspace open on this
     * thread (DL4J's own managers either open workspaces of their own or allocate outside any).
     */
    private static LayerWorkspaceMgr inCurrentWorkspace() {
        MemoryWorkspace current = Nd4j.getMemoryManager().getCurrentWorkspace();
        if (current == null) {
            return LayerWorkspaceMgr.noWorkspaces();
        }
        LayerWorkspaceMgr.Builder builder = LayerWorkspaceMgr.builder();
        for (ArrayType type : ArrayType.values()) {
            builder.with(type, current.getId(), current.getWorkspaceConfiguration());
        }
        return builder.build();
    }

    /**
     * One convolution or transposed convolution layer (NCHW) run as libnd4j's ops on the layer's own
     * parameter views, followed by its activation (ReLU or none).
     */
    private static final class Convolution {
        /** libnd4j's weight layouts: conv2d [out, in, kH, kW] and deconv2d [in, out, kH, kW], DL4J's own. */
        private static final int WEIGHTS_AS_DL4J_KEEPS_THEM = 1;
        private static final int NCHW = 0;
        private static final int NO_SAME_MODE = 0;
        private static final int NO_DILATION = 1;

        private final Layer layer;
        private final boolean transposed;
        private final boolean relu;
        private final int[] arguments;
        private INDArray input;
        private INDArray output;

        private Convolution(Layer layer, ConvolutionLayer conf) {
            this.layer = layer;
            this.transposed = conf instanceof Deconvolution2D;
            this.relu = conf.getActivationFn() instanceof ActivationReLU;
            if (!relu && !conf.getActivationFn().equals(Activation.IDENTITY.getActivationFunction())) {
                throw new IllegalArgumentException("only ReLU or identity after a convolution, got " + conf.getActivationFn());
            }
            int[] k = conf.getKernelSize();
            int[] s = conf.getStride();
            int[] p = conf.getPadding();
            this.arguments = new int[] {k[0], k[1], s[0], s[1], p[0], p[1], NO_DILATION, NO_DILATION, NO_SAME_MODE, NCHW,
                WEIGHTS_AS_DL4J_KEEPS_THEM};
        }

        static Convolution of(Layer layer) {
            return layer.conf().getLayer() instanceof ConvolutionLayer c ? new Convolution(layer, c) : null;
        }

        INDArray forward(INDArray x) {
            input = x;
            long[] shape = outputShape(x);
            output = Nd4j.createUninitialized(x.dataType(), shape, 'c');
            exec(transposed ? "deconv2d" : "conv2d", new INDArray[] {x, param("W"), param("b")}, new INDArray[] {output});
            if (relu) {
                Transforms.relu(output, false);
            }
            return output;
        }

        /** Writes dW and db into the layer's gradient views; returns the gradient at the input. */
        INDArray backward(INDArray epsilon) {
            INDArray delta = relu ? epsilon.mul(Transforms.step(output)) : epsilon;
            INDArray inputGradient = Nd4j.createUninitialized(input.dataType(), input.shape(), 'c');
            Map<String, INDArray> gradients = layer.getGradientsViewArray() == null ? null : gradientViews();
            exec(transposed ? "deconv2d_bp" : "conv2d_bp", new INDArray[] {input, param("W"), param("b"), delta},
                    new INDArray[] {inputGradient, gradients.get("W"), gradients.get("b")});
            return inputGradient;
        }

        private Map<String, INDArray> gradientViews() {
            var conf = layer.conf();
            return conf.getLayer().initializer().getGradientsFromFlattened(conf, layer.getGradientsViewArray());
        }

        private INDArray param(String key) {
            return layer.getParam(key);
        }

        private long[] outputShape(INDArray x) {
            long channels = ((ConvolutionLayer) layer.conf().getLayer()).getNOut();
            long rows = transposed ? (x.size(2) - 1) * arguments[2] - 2L * arguments[4] + arguments[0]
                    : (x.size(2) + 2L * arguments[4] - arguments[0]) / arguments[2] + 1;
            long cols = transposed ? (x.size(3) - 1) * arguments[3] - 2L * arguments[5] + arguments[1]
                    : (x.size(3) + 2L * arguments[5] - arguments[1]) / arguments[3] + 1;
            return new long[] {x.size(0), channels, rows, cols};
        }

        private void exec(String op, INDArray[] inputs, INDArray[] outputs) {
            DynamicCustomOp custom = DynamicCustomOp.builder(op).addInputs(inputs).addOutputs(outputs)
                    .addIntegerArguments(arguments).build();
            NativeRuntime.withOneDnn(() -> Nd4j.getExecutioner().exec(custom));
        }
    }
}
