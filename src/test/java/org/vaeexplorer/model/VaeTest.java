package org.vaeexplorer.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.testing.SyntheticImages;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class VaeTest {

    private static final VaeConfig C = new VaeConfig(4, 4, List.of(8, 6), 3, 1e-3, 8, 1, 1.0, 0, 5);

    @Test
    void shapesOfEncodeDecodeReconstructAndSample() {
        MlpVae vae = MlpVae.create(C);
        INDArray x = ImageMatrix.range(SyntheticImages.images(5, 4, 4, 1), 0, 5);

        Posterior q = vae.encode(x);
        assertThat(q.mean().shape()).containsExactly(5, 3);
        assertThat(q.logVariance().shape()).containsExactly(5, 3);
        assertThat(vae.decode(q.mean()).shape()).containsExactly(5, 16);
        assertThat(vae.reconstruct(x).shape()).containsExactly(5, 16);
        INDArray samples = vae.sampleFromPrior(7, Noise.generator(1));
        assertThat(samples.shape()).containsExactly(7, 16);
        assertThat(samples.minNumber().doubleValue()).isGreaterThanOrEqualTo(0.0);
        assertThat(samples.maxNumber().doubleValue()).isLessThanOrEqualTo(1.0);
        assertThat(vae.reconstructionLogProbability(x, 4).length()).isEqualTo(5);
    }

    @Test
    void ourEncoderMeanIsDl4jsActivation() {
        MlpVae vae = MlpVae.create(C);
        INDArray x = ImageMatrix.range(SyntheticImages.images(5, 4, 4, 1), 0, 5);
        INDArray dl4j = vae.network().output(x);
        assertThat(vae.encodeMean(x).sub(dl4j).amaxNumber().doubleValue()).isLessThan(1e-5);
    }

    @Test
    void reparameterizeIsMeanPlusSigmaTimesNoise() {
        INDArray mean = Nd4j.createFromArray(new float[][] {{1f, -2f}});
        INDArray logVar = Nd4j.createFromArray(new float[][] {{0f, (float) Math.log(4)}});
        INDArray eps = Nd4j.createFromArray(new float[][] {{0.5f, 1f}});
        INDArray z = Vae.reparameterize(new Posterior(mean, logVar), eps);
        assertThat(z.getDouble(0, 0)).isCloseTo(1.5, within(1e-6));
        assertThat(z.getDouble(0, 1)).isCloseTo(0.0, within(1e-5));
    }

    @Test
    void copiesAreIndependentNetworks() {
        MlpVae vae = MlpVae.create(C);
        Vae copy = vae.copy();
        INDArray z = Nd4j.createFromArray(new float[][] {{0.1f, 0.2f, 0.3f}});
        INDArray before = copy.decode(z).dup();
        vae.params().addi(0.5);
        assertThat(copy.decode(z)).isEqualTo(before);
        assertThat(vae.decode(z)).isNotEqualTo(before);
    }

    @Test
    void sameSeedSameWeightsOtherSeedOtherWeights() {
        assertThat(MlpVae.create(C).params()).isEqualTo(MlpVae.create(C).params());
        assertThat(MlpVae.create(C.withSeed(6)).params()).isNotEqualTo(MlpVae.create(C).params());
    }

    @Test
    void setParamsRejectsTheWrongSize() {
        MlpVae vae = MlpVae.create(C);
        assertThatThrownBy(() -> vae.setParams(Nd4j.zeros(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameters");
    }

    @Test
    void biasesStartLikePyTorchsLinearLayers() {
        MlpVae vae = MlpVae.create(C);
        INDArray outputBias = vae.param(MlpVae.OUT_B);
        double bound = 1 / Math.sqrt(6); // the output layer reads the last decoder layer, 6 units
        assertThat(outputBias.amaxNumber().doubleValue()).isLessThanOrEqualTo(bound).isGreaterThan(bound / 4);
        assertThat(vae.param("e0b").amaxNumber().doubleValue()).isLessThanOrEqualTo(1 / Math.sqrt(16)).isPositive();
    }

    @Test
    void decodeIsWhatDl4jsGenerateAtMeanGivenZComputes() {
        MlpVae vae = MlpVae.create(C);
        INDArray z = org.nd4j.linalg.factory.Nd4j.createFromArray(new float[][] {{0.5f, -1f, 2f}, {2f, 0.25f, -0.5f}, {0f, 0f, 0f}});
        INDArray ours = vae.decode(z);
        INDArray dl4j = vae.layer().generateAtMeanGivenZ(z);
        assertThat(ours.equalsWithEps(dl4j, 1e-6)).as(ours + " vs " + dl4j).isTrue();
        float[] pictures = vae.decodeToFloats(z.dup('c').data().asFloat(), 3);
        assertThat(pictures).containsExactly(ours.dup('c').data().asFloat(), within(3e-7f));
    }

    @Test
    void picturesOfFarLatentPointsMatchDl4jToo() {
        // Far from the prior the logits are large: the sigmoid's clamped tails must still agree.
        MlpVae vae = MlpVae.create(C);
        vae.params().muli(6);
        float[] z = {40f, -25f, 3f, -60f, 0.1f, 80f};
        INDArray dl4j = vae.layer().generateAtMeanGivenZ(org.nd4j.linalg.factory.Nd4j.create(z, new long[] {2, 3}, 'c'));
        float[] pictures = vae.decodeToFloats(z, 2);
        float[] expected = dl4j.dup('c').data().asFloat();
        assertThat(pictures).containsExactly(expected, within(3e-7f));
        assertThat(expected).as("some pixels saturate").contains(0f, 1f);
    }
}
