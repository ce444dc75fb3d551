package org.vaeexplorer.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
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
 * {@code deconv2d}/{@code deconv2d_bp} ops on the layers' parameter and gradient views, dense layers as matrix
 * products on theirs ({@link Dense}); padding and cropping layers run as DL4J's layers themselves. DL4J's
 * convolution layers wrap the same work in an im2col
 * of their own, a second forward pass inside every backward pass and layout copies, which made them several
 * times slower than the ops they stand for (docs/performance.md). The two layers with one image channel on
 * their outer side run as unfolding (im2col, col2im) and matrix products instead ({@link Convolution#unfolded}).
 */
final class LayerStack {

    private final MultiLayerNetwork network;
    private final Layer[] layers;
    private final InputPreProcessor[] preprocessors;
    private final Convolution[] convolutions;
    private final Dense[] denses;

    /** @param params a row vector of {@code numParams(conf)} values, used in place (not copied, not initialised) */
    LayerStack(MultiLayerConfiguration conf, INDArray params) {
        this.network = new MultiLayerNetwork(conf);
        network.init(params, false);
        this.layers = network.getLayers();
        this.preprocessors = new InputPreProcessor[layers.length];
        this.convolutions = new Convolution[layers.length];
        this.denses = new Dense[layers.length];
        for (int i = 0; i < layers.length; i++) {
            preprocessors[i] = conf.getInputPreProcess(i);
            convolutions[i] = Convolution.of(layers[i]);
            denses[i] = Dense.of(layers[i]);
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
                    : denses[i] != null ? denses[i].forward(activation)
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
        return backward(outputGradient, 0, false);
    }

    /**
     * As {@link #backward}, for a stack whose input is data: stops at the lowest layer with parameters, and
     * a convolution there leaves out its input's gradient, which nothing would read.
     */
    void backwardToParameters(INDArray outputGradient) {
        int lowest = 0;
        while (lowest < layers.length - 1 && layers[lowest].numParams() == 0) {
            lowest++;
        }
        backward(outputGradient, lowest, true);
    }

    private INDArray backward(INDArray outputGradient, int lowest, boolean toParameters) {
        LayerWorkspaceMgr memory = inCurrentWorkspace();
        int batch = Math.toIntExact(outputGradient.size(0));
        INDArray epsilon = outputGradient;
        for (int i = layers.length - 1; i >= lowest; i--) {
            boolean inputGradient = !(toParameters && i == lowest);
            epsilon = convolutions[i] != null ? convolutions[i].backward(epsilon, inputGradient)
                    : denses[i] != null ? denses[i].backward(epsilon, inputGradient)
                    : layers[i].backpropGradient(epsilon, memory).getSecond();
            if (preprocessors[i] != null && epsilon != null) {
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

    /** A layer's parameter gradients by name (W, b), views of the gradient array it was given. */
    private static Map<String, INDArray> gradientViews(Layer layer) {
        var conf = layer.conf();
        return conf.getLayer().initializer().getGradientsFromFlattened(conf, layer.getGradientsViewArray());
    }

    /**
     * One dense layer, x W + b and its activation (ReLU or none), run as matrix products on the layer's own
     * parameter and gradient views, as the MLP's step runs (MlpElboGradient). DL4J's {@code DenseLayer} computes
     * its product again inside its backward pass ({@code BaseLayer.backpropGradient} calls {@code preOutput}),
     * into column-major arrays; for the convolutional VAE's 3136 x 256 layers that was a product of a hundred
     * million multiply-adds too many at every step (docs/performance.md).
     */
    private static final class Dense {
        private final Layer layer;
        private final boolean relu;
        private INDArray input;
        private INDArray output;

        private Dense(Layer layer, boolean relu) {
            this.layer = layer;
            this.relu = relu;
        }

        /** A runner for a plain dense layer (no dropout, no weight noise, ReLU or identity), or null. */
        static Dense of(Layer layer) {
            if (!(layer.conf().getLayer() instanceof DenseLayer conf) || conf.getIDropout() != null
                    || conf.getWeightNoise() != null || !conf.hasBias()) {
                return null;
            }
            boolean relu = conf.getActivationFn() instanceof ActivationReLU;
            if (!relu && !conf.getActivationFn().equals(Activation.IDENTITY.getActivationFunction())) {
                return null;
            }
            return new Dense(layer, relu);
        }

        INDArray forward(INDArray x) {
            input = x;
            output = MlpVae.affine(x, layer.getParam("W"), layer.getParam("b"));
            if (relu) {
                Transforms.relu(output, false);
            }
            return output;
        }

        /** Writes dW and db into the layer's gradient views; returns the gradient at the input if wanted, else null. */
        INDArray backward(INDArray epsilon, boolean inputGradientWanted) {
            INDArray delta = relu ? epsilon.mul(Transforms.step(output)) : epsilon;
            Map<String, INDArray> gradients = gradientViews(layer);
            return MlpElboGradient.backpropAffine(delta, input, layer.getParam("W"), gradients.get("W"), gradients.get("b"),
                    inputGradientWanted);
        }
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
        /**
         * Batches up to this many images run unfolded: training minibatches. Evaluations and encodings of the
         * test set run 1,000 images at a time in workspaces that keep their size, where the unfolded copies
         * would hold tens of megabytes more for as long as the window runs.
         */
        private static final long UNFOLDED_MAX_BATCH = 512;

        private final Layer layer;
        private final boolean transposed;
        private final boolean relu;
        private final int[] arguments;
        private final long inChannels;
        private final long outChannels;
        /**
         * The encoder's first convolution and the decoder's last transposed one, whose image side has one
         * channel, run as unfolding and matrix products on arrays of the caller's workspace. libnd4j's ops
         * (oneDNN's, in the builds that have it) allocate and free buffers of megabytes at every call and reorder
         * into blocked layouts; for these two layers that cost more than the work, while the unfolding of the
         * 32- and 64-channel layers between them is several times slower than oneDNN (docs/performance.md).
         */
        private final boolean unfolded;
        /** Whether the last forward pass ran unfolded ({@link #UNFOLDED_MAX_BATCH}), so its backward pass does too. */
        private boolean unfoldedNow;
        private INDArray input;
        private INDArray output;
        /** Unfolded convolution: the input's patches, [channels, kH, kW, batch, rows, cols], for the backward pass. */
        private INDArray patches;
        /** Unfolded transposed: the input as [in channels, batch x rows x cols], for the backward pass. */
        private INDArray inputMatrix;
        /** Reused by {@link #unfold}: this layer's patches are the same size at every step. */
        private float[] patchValues = new float[0];

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
            this.inChannels = conf.getNIn();
            this.outChannels = conf.getNOut();
            this.unfolded = transposed ? outChannels == 1 : inChannels == 1;
        }

        static Convolution of(Layer layer) {
            return layer.conf().getLayer() instanceof ConvolutionLayer c ? new Convolution(layer, c) : null;
        }

        INDArray forward(INDArray x) {
            input = x;
            long[] shape = outputShape(x);
            unfoldedNow = unfolded && x.size(0) <= UNFOLDED_MAX_BATCH;
            if (unfoldedNow) {
                output = transposed ? unfoldedTransposedForward(x, shape) : unfoldedForward(x, shape);
                output.addi(param("b").reshape(1, outChannels, 1, 1));
            } else {
                output = Nd4j.createUninitialized(x.dataType(), shape, 'c');
                exec(transposed ? "deconv2d" : "conv2d", new INDArray[] {x, param("W"), param("b")}, new INDArray[] {output});
            }
            if (relu) {
                Transforms.relu(output, false);
            }
            return output;
        }

        /**
         * Writes dW and db into the layer's gradient views; returns the gradient at the input, or (run unfolded,
         * and {@code inputGradientWanted} false) null.
         */
        INDArray backward(INDArray epsilon, boolean inputGradientWanted) {
            INDArray delta = relu ? epsilon.mul(Transforms.step(output)) : epsilon;
            Map<String, INDArray> gradients = layer.getGradientsViewArray() == null ? null : gradientViews(layer);
            if (unfoldedNow) {
                gradients.get("b").assign(delta.sum(0, 2, 3).reshape(gradients.get("b").shape()));
                return transposed ? unfoldedTransposedBackward(delta, gradients.get("W"))
                        : unfoldedBackward(delta, gradients.get("W"), inputGradientWanted);
            }
            INDArray inputGradient = Nd4j.createUninitialized(input.dataType(), input.shape(), 'c');
            exec(transposed ? "deconv2d_bp" : "conv2d_bp", new INDArray[] {input, param("W"), param("b"), delta},
                    new INDArray[] {inputGradient, gradients.get("W"), gradients.get("b")});
            return inputGradient;
        }

        // ---- one channel on the image side: unfolding and matrix products ------------------------------------
        // A convolution is W [out, in*kH*kW] times the patches [in*kH*kW, batch*rows*cols]; a transposed one is
        // the same product backwards, its patches folded back into the image (col2im sums where they overlap).
        // The patches are kept as [channels, kH, kW, batch, rows, cols] so that as a matrix they need no copy;
        // im2col and col2im read and write them through a permuted view.

        /** Conv forward: unfold x, one product, then back to [batch, out, rows, cols]. */
        private INDArray unfoldedForward(INDArray x, long[] shape) {
            long batch = x.size(0);
            patches = unfold(x, inChannels, batch, shape[2], shape[3]);
            INDArray product = Nd4j.createUninitialized(x.dataType(), new long[] {outChannels, batch * shape[2] * shape[3]}, 'c');
            Nd4j.gemm(weightMatrix(), asMatrix(patches), product, false, false, 1.0, 0.0);
            return batchFirst(product, shape);
        }

        /** Conv backward: dW = delta x patches^T, then the patches' gradient folded into the input's. */
        private INDArray unfoldedBackward(INDArray delta, INDArray weightGradient, boolean inputGradientWanted) {
            INDArray deltaMatrix = channelsFirst(delta);
            weightGradient(deltaMatrix, patches, weightGradient);
            if (!inputGradientWanted) {
                return null;
            }
            // The patches are not needed any more: their gradient takes their place.
            Nd4j.gemm(weightMatrix(), deltaMatrix, asMatrix(patches), true, false, 1.0, 0.0);
            INDArray inputGradient = Nd4j.create(input.dataType(), input.shape());
            fold(patches, inputGradient);
            return inputGradient;
        }

        /** Transposed forward: patches = W^T x input, folded into the output. */
        private INDArray unfoldedTransposedForward(INDArray x, long[] shape) {
            long batch = x.size(0);
            inputMatrix = channelsFirst(x);
            INDArray outputPatches = Nd4j.createUninitialized(x.dataType(),
                    new long[] {outChannels, arguments[0], arguments[1], batch, x.size(2), x.size(3)}, 'c');
            Nd4j.gemm(weightMatrix(), inputMatrix, asMatrix(outputPatches), true, false, 1.0, 0.0);
            INDArray result = Nd4j.create(x.dataType(), shape);
            fold(outputPatches, result);
            return result;
        }

        /** Transposed backward: unfold delta; the input's gradient is W x those patches, dW = input x patches^T. */
        private INDArray unfoldedTransposedBackward(INDArray delta, INDArray weightGradient) {
            long batch = delta.size(0);
            INDArray deltaPatches = unfold(delta, outChannels, batch, input.size(2), input.size(3));
            INDArray product = Nd4j.createUninitialized(delta.dataType(), new long[] {inChannels, batch * input.size(2) * input.size(3)}, 'c');
            Nd4j.gemm(weightMatrix(), asMatrix(deltaPatches), product, false, false, 1.0, 0.0);
            weightGradient(inputMatrix, deltaPatches, weightGradient);
            return batchFirst(product, input.shape());
        }

        /** The patches of {@code image} under the kernel at each of rows x cols positions ({@link ImagePatches}). */
        private INDArray unfold(INDArray image, long channels, long batch, long rows, long cols) {
            long[] shape = {channels, arguments[0], arguments[1], batch, rows, cols};
            int values = Math.toIntExact(channels * arguments[0] * arguments[1] * batch * rows * cols);
            if (patchValues.length != values) {
                patchValues = new float[values];
            }
            ImagePatches.unfold(ImageMatrix.toFloats(image), (int) batch, (int) channels, (int) image.size(2),
                    (int) image.size(3), new int[] {arguments[0], arguments[1]}, new int[] {arguments[2], arguments[3]},
                    new int[] {arguments[4], arguments[5]}, (int) rows, (int) cols, patchValues);
            INDArray unfolded = Nd4j.createUninitialized(image.dataType(), shape, 'c');
            ImageMatrix.copyInto(patchValues, unfolded);
            return unfolded;
        }

        /** Sums the patches back into {@code image} (zeroed), as their positions overlap. */
        private void fold(INDArray unfolded, INDArray image) {
            org.nd4j.linalg.convolution.Convolution.col2im(unfolded.permute(3, 0, 1, 2, 4, 5), image, arguments[2], arguments[3], arguments[4],
                    arguments[5], (int) image.size(2), (int) image.size(3), NO_DILATION, NO_DILATION);
        }

        /** [channels, kH, kW, batch, rows, cols] as the matrix [channels x kH x kW, batch x rows x cols], a view. */
        private static INDArray asMatrix(INDArray unfolded) {
            return unfolded.reshape('c', unfolded.size(0) * unfolded.size(1) * unfolded.size(2),
                    unfolded.size(3) * unfolded.size(4) * unfolded.size(5));
        }

        /** dW = {@code left} x the patches' matrix^T, written into the layer's gradient view {@code into}. */
        private static void weightGradient(INDArray left, INDArray unfolded, INDArray into) {
            INDArray dW = Nd4j.createUninitialized(left.dataType(), new long[] {left.size(0), asMatrix(unfolded).size(0)}, 'c');
            Nd4j.gemm(left, asMatrix(unfolded), dW, false, true, 1.0, 0.0);
            into.assign(dW.reshape(into.shape()));
        }

        /** [channels, batch x rows x cols] copied to images of {@code shape}, [batch, channels, rows, cols]; undoes {@link #channelsFirst}. */
        private static INDArray batchFirst(INDArray matrix, long[] shape) {
            INDArray images = Nd4j.createUninitialized(matrix.dataType(), shape, 'c');
            images.assign(matrix.reshape('c', shape[1], shape[0], shape[2], shape[3]).permute(1, 0, 2, 3));
            return images;
        }

        /** [batch, channels, rows, cols] copied to [channels, batch x rows x cols]. */
        private static INDArray channelsFirst(INDArray images) {
            INDArray matrix = Nd4j.createUninitialized(images.dataType(),
                    new long[] {images.size(1), images.size(0) * images.size(2) * images.size(3)}, 'c');
            matrix.reshape('c', images.size(1), images.size(0), images.size(2), images.size(3))
                    .assign(images.permute(1, 0, 2, 3));
            return matrix;
        }

        /** W as a matrix: conv [out, in x kH x kW], transposed [in, out x kH x kW]. */
        private INDArray weightMatrix() {
            INDArray w = param("W");
            return w.reshape('c', w.size(0), w.size(1) * w.size(2) * w.size(3));
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
