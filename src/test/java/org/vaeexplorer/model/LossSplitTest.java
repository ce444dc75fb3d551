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
        Vae vae = Vae.create(c);
        INDArray x = ImageMatrix.range(SyntheticImages.images(6, 3, 4, 4), 0, 6);
        INDArray eps = Noise.standardNormal(6, 2, Noise.generator(8));

        LossParts ours = vae.lossSums(x, eps);

        double[][] xs = x.toDoubleMatrix();
        double[][] e = eps.toDoubleMatrix();
        double recon = 0;
        double kl = 0;
        for (int n = 0; n < xs.length; n++) {
            double[] h = relu(affine(xs[n], vae, "e0W", "e0b"));
            double[] mu = affine(h, vae, Vae.MEAN_W, Vae.MEAN_B);
            double[] logVar = affine(h, vae, Vae.LOG_VAR_W, Vae.LOG_VAR_B);
            double[] z = new double[mu.length];
            for (int j = 0; j < z.length; j++) {
                z[j] = mu[j] + Math.exp(0.5 * logVar[j]) * e[n][j];
                kl += -0.5 * (1 + logVar[j] - mu[j] * mu[j] - Math.exp(logVar[j]));
            }
            double[] logits = affine(relu(affine(z, vae, "d0W", "d0b")), vae, Vae.OUT_W, Vae.OUT_B);
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
    void stableForSaturatedLogits() {
        INDArray logits = org.nd4j.linalg.factory.Nd4j.createFromArray(new float[][] {{200f, -200f, 0f}});
        INDArray x = org.nd4j.linalg.factory.Nd4j.createFromArray(new float[][] {{1f, 0f, 1f}});
        // -log sigmoid(200) ~ 0, -log(1 - sigmoid(-200)) ~ 0, -log sigmoid(0) = log 2.
        assertThat(Elbo.bernoulliNllSumToMeans(logits.dup(), x)).isCloseTo(Math.log(2), within(1e-4));
        INDArray wrong = org.nd4j.linalg.factory.Nd4j.createFromArray(new float[][] {{0f, 1f, 1f}});
        assertThat(Elbo.bernoulliNllSumToMeans(logits.dup(), wrong)).isCloseTo(400 + Math.log(2), within(1e-2));
    }

    private static double[] affine(double[] in, Vae vae, String w, String b) {
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
