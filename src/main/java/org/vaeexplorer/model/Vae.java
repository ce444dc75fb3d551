package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.ImageSet;

/**
 * A variational autoencoder (Kingma &amp; Welling 2013): an encoder q(z|x) = N(mu(x), diag sigma^2(x)), a
 * standard normal prior p(z) and a decoder p(x|z), a Bernoulli per pixel with means sigmoid(decoder(z)). What
 * differs between {@link Architecture}s is only the networks in between; everything here (encode,
 * reparameterize, decode, the ELBO's parts and its gradient) has the same meaning for both, so the trainer,
 * the model files and the window's tools work with either.
 *
 * <p>All parameters live in one flat vector ({@link #params()}): Adam, snapshots, model files and
 * checkpoints see nothing else. Not thread-safe, like every DL4J network: one thread uses one instance.
 * Other threads decode with a {@link #copy()} whose parameters are refreshed from a published snapshot.
 */
public sealed interface Vae permits MlpVae, ConvVae {

    /** A new VAE of the config's architecture, its weights drawn with the config's seed. */
    static Vae create(VaeConfig config) {
        return switch (config.architecture()) {
            case MLP -> MlpVae.create(config);
            case CONVOLUTIONAL -> ConvVae.create(config);
        };
    }

    /** A VAE of this shape holding a copy of {@code params}. */
    static Vae withParams(VaeConfig config, INDArray params) {
        Vae vae = create(config);
        vae.setParams(params);
        return vae;
    }

    /** A VAE of this shape holding a copy of {@code values}. */
    static Vae withParams(VaeConfig config, float[] values) {
        Vae vae = create(config);
        vae.setParams(values);
        return vae;
    }

    VaeConfig config();

    /** The live flattened parameters. Only the owning thread may read or write them. */
    INDArray params();

    /** q(z|x): the mean and log-variance of the posterior of each row of {@code x} (pixels in [0,1]). */
    Posterior encode(INDArray x);

    /** Pixel means E[x|z] = sigmoid(decoder(z)), one row per latent point, in the caller's workspace. */
    INDArray decode(INDArray z);

    /**
     * Decodes {@code z} ({@code n} latent points, row after row) to pixel means, row after row, in scratch
     * memory: nothing native is left behind. For pictures (the sigmoid may be a close approximation).
     */
    float[] decodeToFloats(float[] z, int n);

    /**
     * The reconstruction log-probability, one value per row: the mean over {@code samples} draws
     * z_l ~ q(z|x) of log p(x|z_l) (An &amp; Cho 2015). Not log p(x): there is no KL term and no importance
     * weighting. The lower, the more anomalous the image. The draws come from this thread's ND4J generator.
     */
    INDArray reconstructionLogProbability(INDArray x, int samples);

    /**
     * log p(x|z) of each row pair: the Bernoulli log-likelihood of image row i given latent row i, computed on
     * the decoder's logits (exact where a sigmoid would round to 0 or 1). A new column, for importance weighting.
     */
    INDArray logLikelihood(INDArray x, INDArray z);

    /**
     * Sums over the rows of x of the reconstruction NLL and the KL, single-sample estimate with the given
     * noise (one row of eps per image).
     */
    LossParts lossSums(INDArray x, INDArray eps);

    /** A new gradient of the β-weighted negative ELBO over this VAE's parameters, for its training step. */
    ElboGradient elboGradient();

    /**
     * The layers' stretches of {@link #params()}, in order, covering every parameter once: encoder, posterior
     * heads, decoder, output.
     */
    List<ParameterBlock> parameterBlocks();

    default long parameterCount() {
        return params().length();
    }

    /** z = mu + sigma * eps (Kingma &amp; Welling 2013, eq. 10). */
    static INDArray reparameterize(Posterior q, INDArray eps) {
        return q.standardDeviation().muli(eps).addi(q.mean());
    }

    /** Latent means only. */
    default INDArray encodeMean(INDArray x) {
        return encode(x).mean();
    }

    /** decode(encode(x).mean): the reconstruction at the posterior mean. */
    default INDArray reconstruct(INDArray x) {
        return decode(encodeMean(x));
    }

    /** The latent means of {@code x}'s rows, row after row, in scratch memory. */
    default float[] encodeMeansToFloats(INDArray x) {
        try (var ignored = Scratch.open("encode")) {
            return ImageMatrix.toFloats(encodeMean(x));
        }
    }

    /** decode(encode(x).mean) for the given images, row after row, in scratch memory. */
    default float[] reconstructToFloats(ImageSet set, int[] indices) {
        try (var ignored = Scratch.open("reconstruct")) {
            return ImageMatrix.toFloats(reconstruct(ImageMatrix.of(set, indices)));
        }
    }

    /** {@code n} latent points drawn from the prior N(0, I). */
    default INDArray samplePrior(int n, Random rng) {
        return Noise.standardNormal(n, config().latentSize(), rng);
    }

    /** Decodings of {@code n} draws from the prior. */
    default INDArray sampleFromPrior(int n, Random rng) {
        return decode(samplePrior(n, rng));
    }

    /** An immutable-by-convention copy of the parameters, safe to hand to another thread. */
    default INDArray snapshotParams() {
        try (var ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            return params().dup();
        }
    }

    /**
     * A copy of the parameters as a Java array, safe to hand to another thread. Snapshots taken several
     * times a second live on the Java heap on purpose: the collector sees their size and frees them
     * promptly, where native copies (the whole parameter vector each) piled up by the hundred megabytes until an
     * old-generation collection noticed their small Java wrappers.
     */
    default float[] snapshotValues() {
        try (var ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) { // for a copy toFloats might make
            return ImageMatrix.toFloats(params());
        }
    }

    /** Copies {@code values} (from {@link #snapshotValues()}) into this network's parameters. */
    default void setParams(float[] values) {
        INDArray p = params();
        if (values.length != p.length()) {
            throw new IllegalArgumentException("expected " + p.length() + " parameters, got " + values.length);
        }
        ImageMatrix.copyInto(values, p);
    }

    default void setParams(INDArray values) {
        INDArray p = params();
        if (values.length() != p.length()) {
            throw new IllegalArgumentException("expected " + p.length() + " parameters, got " + values.length());
        }
        p.assign(values.reshape(p.shape()));
    }

    /** A second network with the same config and a copy of the parameters, for use on another thread. */
    default Vae copy() {
        return withParams(config(), params());
    }
}
