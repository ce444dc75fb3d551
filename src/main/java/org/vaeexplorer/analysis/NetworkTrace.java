package org.vaeexplorer.analysis;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.ImageMatrix;
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
        float[] logVariance = ImageMatrix.toFloats(q.logVariance());
        float[] sigma = new float[d];
        float[] z = new float[d];
        double kl = 0;
        for (int j = 0; j < d; j++) {
            sigma[j] = (float) Math.exp(0.5 * logVariance[j]);
            z[j] = sampled ? mu[j] + sigma[j] * noise[j] : mu[j];
            kl += 0.5 * ((double) mu[j] * mu[j] + (double) sigma[j] * sigma[j] - 1 - logVariance[j]);
        }
        INDArray zRow = ImageMatrix.fromFloats(z, 1, d);
        float[] output = ImageMatrix.toFloats(vae.decode(zRow));
        double reconstruction = -vae.logLikelihood(x, zRow).getDouble(0);
        return new NetworkTrace(image, mu, sigma, noise.clone(), z, output, reconstruction, kl, vae.config().beta(), sampled);
    }

    /** The encoder's layers, input side first, as the diagram names them: "784 pixels", "400", ... */
    public static List<String> encoderLayers(VaeConfig c) {
        List<String> layers = new ArrayList<>();
        layers.add(c.imageRows() * c.imageCols() + " pixels");
        if (c.architecture() == Architecture.CONVOLUTIONAL) {
            layers.add("conv 32 maps");
            layers.add("conv 64 maps");
        }
        for (int h : c.hiddenSizes()) {
            layers.add(String.valueOf(h));
        }
        return layers;
    }

    /** The decoder's layers, from z's side: "400", ..., "784 pixels". */
    public static List<String> decoderLayers(VaeConfig c) {
        List<String> layers = new ArrayList<>();
        List<Integer> hidden = c.hiddenSizes();
        for (int i = hidden.size() - 1; i >= 0; i--) {
            layers.add(String.valueOf(hidden.get(i)));
        }
        if (c.architecture() == Architecture.CONVOLUTIONAL) {
            layers.add("64 maps");
            layers.add("transposed conv 32 maps");
        }
        layers.add(c.imageRows() * c.imageCols() + " pixels");
        return layers;
    }
}
