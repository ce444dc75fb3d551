package org.vaeexplorer.analysis;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.Posterior;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * One image through the VAE, every quantity of the way kept: the encoder's μ and σ of each latent
 * dimension, the noise ε, z = μ + σ·ε (or z = μ, the mean), the decoder's picture of z, and the two terms of
 * the loss for this image with this z (Kingma &amp; Welling 2013, eq. 10 and Appendix B).
 *
 * @param reconstruction −log p(x|z), nats
 * @param kl             KL(q(z|x) ‖ N(0, I)), nats, in closed form
 * @param beta           the KL weight the model trains with
 * @param sampled        true when z = μ + σ·ε, false when z = μ
 */
public record NetworkTrace(float[] input, float[] mean, float[] standardDeviation, float[] noise, float[] z,
                           float[] output, double reconstruction, double kl, double beta, boolean sampled) {

    /** The β-weighted negative ELBO of this image with this z: what a training step lowers. */
    public double loss() {
        return reconstruction + beta * kl;
    }

    /** Runs {@code image} (pixels in [0,1]) through {@code vae}, with {@code noise} as ε when {@code sampled}. */
    public static NetworkTrace of(Vae vae, float[] image, float[] noise, boolean sampled) {
        int d = vae.config().latentSize();
        if (noise.length != d) {
            throw new IllegalArgumentException("ε needs " + d + " values, got " + noise.length);
        }
        INDArray x = ImageMatrix.fromFloats(image, 1, image.length);
        Posterior q = vae.encode(x);
        float[] mu = ImageMatrix.toFloats(q.mean());
        float[] sigma = ImageMatrix.toFloats(q.standardDeviation());
        float[] used = sampled ? noise : new float[d]; // z = μ + σ·0 is the mean
        float[] z = new float[d];
        for (int j = 0; j < d; j++) {
            z[j] = mu[j] + sigma[j] * used[j];
        }
        float[] output = ImageMatrix.toFloats(vae.decode(ImageMatrix.fromFloats(z, 1, d)));
        // The model's own loss terms for this ε, as a training step computes them.
        LossParts terms = vae.lossSums(x, ImageMatrix.fromFloats(used, 1, d));
        return new NetworkTrace(image, mu, sigma, noise.clone(), z, output, terms.reconstruction(), terms.kl(),
                vae.config().beta(), sampled);
    }

    /** A layer of the diagram: its kind and its size (units, pixels or feature maps). */
    public record Layer(Kind kind, int size) {

        public enum Kind {
            /** The image itself, {@code size} pixels. */
            PIXELS,
            /** A dense layer of {@code size} units. */
            DENSE,
            /** A convolution giving {@code size} feature maps. */
            CONV,
            /** The decoder's {@code size} feature maps, reshaped from a dense layer. */
            MAPS,
            /** A transposed convolution giving {@code size} feature maps. */
            TRANSPOSED_CONV
        }

        /** As the command line and the tests name it: "784 pixels", "400", "conv 32 maps". */
        @Override
        public String toString() {
            return switch (kind) {
                case PIXELS -> size + " pixels";
                case DENSE -> String.valueOf(size);
                case CONV -> "conv " + size + " maps";
                case MAPS -> size + " maps";
                case TRANSPOSED_CONV -> "transposed conv " + size + " maps";
            };
        }
    }

    /** The encoder's layers, input side first: 784 pixels, 400, ... */
    public static List<Layer> encoderLayers(VaeConfig c) {
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer(Layer.Kind.PIXELS, c.imageRows() * c.imageCols()));
        if (c.architecture() == Architecture.CONVOLUTIONAL) {
            layers.add(new Layer(Layer.Kind.CONV, 32));
            layers.add(new Layer(Layer.Kind.CONV, 64));
        }
        for (int h : c.hiddenSizes()) {
            layers.add(new Layer(Layer.Kind.DENSE, h));
        }
        return layers;
    }

    /** The decoder's layers, from z's side: 400, ..., 784 pixels. */
    public static List<Layer> decoderLayers(VaeConfig c) {
        List<Layer> layers = new ArrayList<>();
        List<Integer> hidden = c.hiddenSizes();
        for (int i = hidden.size() - 1; i >= 0; i--) {
            layers.add(new Layer(Layer.Kind.DENSE, hidden.get(i)));
        }
        if (c.architecture() == Architecture.CONVOLUTIONAL) {
            layers.add(new Layer(Layer.Kind.MAPS, 64));
            layers.add(new Layer(Layer.Kind.TRANSPOSED_CONV, 32));
        }
        layers.add(new Layer(Layer.Kind.PIXELS, c.imageRows() * c.imageCols()));
        return layers;
    }
}
