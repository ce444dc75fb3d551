package org.vaeexplorer.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.testing.SyntheticImages;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The loss parts checked against a plain-Java forward pass written straight from the formulas. */
class LossSplitTest {

    @Test
    void reconstructionAndKlMatchAnIndependentComputation() {
        VaeConfig c = new VaeConfig(3, 4, List.of(5), 2, 1e-3, 6, 1, 1.0, 0, 3);
        MlpVae vae = MlpVae.create(c);
        INDArray x = ImageMatrix.range(SyntheticImages.images(6, 3, 4, 4), 0, 6);
        INDArray eps = Noise.standardNormal(6, 2, Noise.generator(8));

        LossParts ours = vae.lossSums(x, eps);

        double[][] xs = x.toDoubleMatrix();
        double[][] e = eps.toDoubleMatrix();
        double recon = 0;
        double kl = 0;
        for (int n = 0; n < xs.length; n++) {
            double[] h = relu(affine(xs[n], vae, "e0W", "e0b"));
            double[] mu = affine(h, vae, MlpVae.MEAN_W, MlpVae.MEAN_B);
            double[] logVar = affine(h, vae, MlpVae.LOG_VAR_W, MlpVae.LOG_VAR_B);
            double[] z = new double[mu.length];
            for (int j = 0; j < z.length; j++) {
                z[j] = mu[j] + Math.exp(0.5 * logVar[j]) * e[n][j];
                kl += -0.5 * (1 + logVar[j] - mu[j] * mu[j] - Math.exp(logVar[j]));
            }
            double[] logits = affine(relu(affine(z, vae, "d0W", "d0b")), vae, MlpVae.OUT_W, MlpVae.OUT_B);
            for (int i = 0; i < logits.length; i++) {
                double p = 1 / (1 + Math.exp(-logits[i]));
                recon -= xs[n][i] * Math.log(p) + (1 - xs[n][i]) * Math.log(1 - p);
            }
        }
        assertThat(ours.reconstruction()).isCloseTo(recon, within(1e-3 * recon));
        assertThat(ours.kl()).isCloseTo(kl, within(1e-4 + 1e-3 * kl));
        assertThat(ours.negElbo()).isCloseTo(recon + kl, within(1e-3 * (recon + kl)));
    }

    @Test
    void convolutionalReconstructionAndKlMatchAnIndependentComputation() {
        VaeConfig c = ConvVaeTest.ODD;
        Vae vae = Vae.create(c);
        INDArray x = ImageMatrix.range(SyntheticImages.images(4, c.imageRows(), c.imageCols(), 4), 0, 4);
        INDArray eps = Noise.standardNormal(4, c.latentSize(), Noise.generator(8));

        LossParts ours = vae.lossSums(x, eps);

        PlainConvVae plain = new PlainConvVae(c, vae.params().toDoubleVector());
        double[][] xs = x.toDoubleMatrix();
        double[][] e = eps.toDoubleMatrix();
        double recon = 0;
        double kl = 0;
        int d = c.latentSize();
        for (int n = 0; n < xs.length; n++) {
            double[] heads = plain.encode(xs[n]);
            double[] z = new double[d];
            for (int j = 0; j < d; j++) {
                double mu = heads[j];
                double logVar = heads[d + j];
                z[j] = mu + Math.exp(0.5 * logVar) * e[n][j];
                kl += -0.5 * (1 + logVar - mu * mu - Math.exp(logVar));
            }
            double[] logits = plain.logits(z);
            for (int i = 0; i < logits.length; i++) {
                double p = 1 / (1 + Math.exp(-logits[i]));
                recon -= xs[n][i] * Math.log(p) + (1 - xs[n][i]) * Math.log(1 - p);
            }
        }
        assertThat(ours.reconstruction()).isCloseTo(recon, within(1e-4 * recon));
        assertThat(ours.kl()).isCloseTo(kl, within(1e-5 + 1e-4 * kl));
    }

    @Test
    void reconstructionLogProbabilityIsMinusTheReconstructionTermPerImage() {
        // With one draw of z per image, log p(x|z) summed over images is minus the reconstruction term's sum.
        VaeConfig c = ConvVaeTest.ODD;
        Vae vae = Vae.create(c);
        INDArray x = ImageMatrix.range(SyntheticImages.images(4, c.imageRows(), c.imageCols(), 4), 0, 4);
        org.nd4j.linalg.factory.Nd4j.getRandom().setSeed(21);
        INDArray logP = vae.reconstructionLogProbability(x, 1);
        org.nd4j.linalg.factory.Nd4j.getRandom().setSeed(21);
        INDArray eps = org.nd4j.linalg.factory.Nd4j.randn(org.nd4j.linalg.api.buffer.DataType.FLOAT, 4, c.latentSize());
        LossParts sums = vae.lossSums(x, eps);
        assertThat(logP.sumNumber().doubleValue()).isCloseTo(-sums.reconstruction(), within(1e-3 * sums.reconstruction()));
    }

    @Test
    void stableForSaturatedLogits() {
        INDArray logits = org.nd4j.linalg.factory.Nd4j.createFromArray(new float[][] {{200f, -200f, 0f}});
        INDArray x = org.nd4j.linalg.factory.Nd4j.createFromArray(new float[][] {{1f, 0f, 1f}});
        // -log sigmoid(200) ~ 0, -log(1 - sigmoid(-200)) ~ 0, -log sigmoid(0) = log 2.
        assertThat(Elbo.bernoulliNllSumToMeans(logits.dup(), x)).isCloseTo(Math.log(2), within(1e-4));
        INDArray wrong = org.nd4j.linalg.factory.Nd4j.createFromArray(new float[][] {{0f, 1f, 1f}});
        assertThat(Elbo.bernoulliNllSumToMeans(logits.dup(), wrong)).isCloseTo(400 + Math.log(2), within(1e-2));
    }

    private static double[] affine(double[] in, MlpVae vae, String w, String b) {
        double[][] weights = vae.param(w).toDoubleMatrix();
        double[] bias = vae.param(b).toDoubleVector();
        double[] out = bias.clone();
        for (int j = 0; j < out.length; j++) {
            for (int i = 0; i < in.length; i++) {
                out[j] += in[i] * weights[i][j];
            }
        }
        return out;
    }

    private static double[] relu(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.max(0, v[i]);
        }
        return out;
    }
}
