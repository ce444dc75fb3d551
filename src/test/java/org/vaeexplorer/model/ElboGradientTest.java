package org.vaeexplorer.model;

import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.testing.SyntheticImages;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ElboGradientTest {

    private static final VaeConfig TINY = new VaeConfig(5, 6, List.of(7, 5), 3, 1e-3, 8, 1, 1.0, 0, 42);

    private static INDArray batch(int n) {
        return ImageMatrix.range(SyntheticImages.images(n, 5, 6, 3), 0, n);
    }

    @Test
    void matchesDl4jsOwnVaeLayerAtBetaOne() {
        MlpVae vae = MlpVae.create(TINY);
        INDArray x = batch(8);
        var layer = vae.layer();
        vae.network().initGradientsView();
        layer.setInput(x, LayerWorkspaceMgr.noWorkspaces());
        Nd4j.getRandom().setSeed(77);
        layer.computeGradientAndScore(LayerWorkspaceMgr.noWorkspaces());
        double dl4jScore = layer.score();
        INDArray dl4jGradient = layer.getGradientsViewArray().dup();

        // DL4J draws its noise as Nd4j.randn(dataType, minibatch, latent) from the global generator.
        Nd4j.getRandom().setSeed(77);
        INDArray eps = Nd4j.randn(DataType.FLOAT, 8, 3);
        MlpElboGradient ours = new MlpElboGradient(vae);
        LossParts sums = ours.compute(x, eps, 1.0);

        // DL4J's score is the mean negative ELBO; its gradient is of the sum (its updater divides by the batch).
        assertThat(sums.negElbo() / 8).isCloseTo(dl4jScore, within(1e-3 * Math.abs(dl4jScore)));
        INDArray oursTimesBatch = ours.flat().mul(8).reshape(dl4jGradient.shape());
        double scale = dl4jGradient.norm2Number().doubleValue();
        assertThat(scale).isGreaterThan(0.0);
        assertThat(oursTimesBatch.sub(dl4jGradient).norm2Number().doubleValue()).isLessThan(1e-4 * scale);
    }

    @Test
    void betaScalesOnlyTheKlGradientOfTheMeanHead() {
        MlpVae vae = MlpVae.create(TINY);
        INDArray x = batch(8);
        INDArray eps = Noise.standardNormal(8, 3, Noise.generator(5));
        MlpElboGradient g = new MlpElboGradient(vae);

        g.compute(x, eps, 0.0);
        INDArray withoutKl = g.flat().dup();
        g.compute(x, eps, 2.0);
        INDArray withKl = g.flat().dup();

        // d(beta * mean KL)/d b_mu = beta * mean over rows of mu.
        INDArray mu = vae.encode(x).mean();
        INDArray expected = mu.mean(0).mul(2.0);
        var views = vae.layer().conf().getLayer().initializer().getGradientsFromFlattened(vae.layer().conf(), withKl.sub(withoutKl));
        INDArray difference = views.get(MlpVae.MEAN_B).reshape(expected.shape());
        assertThat(difference.sub(expected).norm2Number().doubleValue()).isLessThan(1e-5);
        // The decoder's output layer does not see beta at all.
        INDArray decoderDifference = views.get(MlpVae.OUT_W);
        assertThat(decoderDifference.norm2Number().doubleValue()).isLessThan(1e-6);
    }

    @Test
    void agreesWithFiniteDifferences() {
        VaeConfig c = new VaeConfig(2, 3, List.of(4), 2, 1e-3, 4, 1, 1.5, 0, 7);
        MlpVae vae = MlpVae.create(c);
        INDArray x = ImageMatrix.range(SyntheticImages.images(4, 2, 3, 9), 0, 4);
        INDArray eps = Noise.standardNormal(4, 2, Noise.generator(11));
        MlpElboGradient g = new MlpElboGradient(vae);
        g.compute(x, eps, 1.5);
        INDArray analytic = g.flat().dup();
        INDArray params = vae.params();
        double h = 1e-2;
        for (int i = 0; i < params.length(); i += 3) {
            double original = params.getDouble(i);
            params.putScalar(i, original + h);
            double up = objective(vae, x, eps, 1.5);
            params.putScalar(i, original - h);
            double down = objective(vae, x, eps, 1.5);
            params.putScalar(i, original);
            double numeric = (up - down) / (2 * h);
            assertThat(analytic.getDouble(i)).as("parameter %d", i).isCloseTo(numeric, within(2e-3 + 2e-2 * Math.abs(numeric)));
        }
    }

    private static double objective(MlpVae vae, INDArray x, INDArray eps, double beta) {
        LossParts sums = vae.lossSums(x, eps);
        return (sums.reconstruction() + beta * sums.kl()) / x.rows();
    }
}
