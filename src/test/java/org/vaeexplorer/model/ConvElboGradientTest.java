package org.vaeexplorer.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.testing.SyntheticImages;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The convolutional VAE's ELBO gradient (DL4J's convolution ops backward, ours between them) in double precision. */
class ConvElboGradientTest {

    /** 5x6 images, padded to 8x8 and cropped back, so the padding's and the crop's gradients are in the check. */
    private static final VaeConfig TINY = new VaeConfig(5, 6, List.of(4), 2, 1e-3, 3, 1, 1.5, 0, 11, Architecture.CONVOLUTIONAL);

    @Test
    void agreesWithFiniteDifferencesInDoublePrecision() {
        ConvVae vae = ConvVae.create(TINY, DataType.DOUBLE);
        INDArray x = ImageMatrix.range(SyntheticImages.images(3, 5, 6, 4), 0, 3).castTo(DataType.DOUBLE);
        INDArray eps = Noise.standardNormal(3, 2, Noise.generator(12)).castTo(DataType.DOUBLE);
        ElboGradient g = vae.elboGradient();
        g.compute(x, eps, 1.5);
        INDArray analytic = g.flat().dup();
        INDArray params = vae.params();
        double h = 1e-6;
        long encoder = vae.encoderParameterCount();
        java.util.SortedSet<Long> indices = new java.util.TreeSet<>();
        for (long i = 0; i < params.length(); i += params.length() / 50) {
            indices.add(i); // a spread over every layer
        }
        for (long i = 0; i < (1 + 4 * 4) * ConvShape.FIRST_CHANNELS; i += 7) {
            indices.add(i); // the first convolution, whose input is the image: biases and kernels
        }
        for (long i = encoder - 2 * (4 + 1) * 2; i < encoder + 12; i += 2) {
            indices.add(i); // the mean and log-variance heads and the decoder's first layer
        }
        for (long i = params.length() - 520; i < params.length(); i += 17) {
            indices.add(i); // the last transposed convolution, whose output is cropped: biases and kernels
        }
        for (long i : indices) {
            double original = params.getDouble(i);
            params.putScalar(i, original + h);
            double up = objective(vae, x, eps, 1.5);
            params.putScalar(i, original - h);
            double down = objective(vae, x, eps, 1.5);
            params.putScalar(i, original);
            double numeric = (up - down) / (2 * h);
            assertThat(analytic.getDouble(i)).as("parameter %d", i).isCloseTo(numeric, within(1e-6 + 1e-4 * Math.abs(numeric)));
        }
        assertThat(analytic.norm2Number().doubleValue()).isGreaterThan(0.0);
    }

    @Test
    void betaScalesOnlyTheKlGradientAndTheDecoderDoesNotSeeIt() {
        ConvVae vae = ConvVae.create(TINY, DataType.DOUBLE);
        INDArray x = ImageMatrix.range(SyntheticImages.images(3, 5, 6, 4), 0, 3).castTo(DataType.DOUBLE);
        INDArray eps = Noise.standardNormal(3, 2, Noise.generator(12)).castTo(DataType.DOUBLE);
        ElboGradient g = vae.elboGradient();
        g.compute(x, eps, 0.0);
        INDArray withoutKl = g.flat().dup();
        g.compute(x, eps, 2.0);
        INDArray difference = g.flat().sub(withoutKl);
        long encoder = vae.encoderParameterCount();
        assertThat(difference.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(encoder, vae.parameterCount())).amaxNumber().doubleValue())
                .isLessThan(1e-12);
        // d(beta * mean KL)/d b_mu = beta * mean over rows of mu: the mean head's biases, just before the log-variance's.
        INDArray mu = vae.encode(x).mean();
        INDArray headBias = difference.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(encoder - 4, encoder - 2));
        assertThat(headBias.reshape(2).sub(mu.mean(0).mul(2.0)).amaxNumber().doubleValue()).isLessThan(1e-10);
    }

    private static double objective(Vae vae, INDArray x, INDArray eps, double beta) {
        LossParts sums = vae.lossSums(x, eps);
        return (sums.reconstruction() + beta * sums.kl()) / x.rows();
    }
}
