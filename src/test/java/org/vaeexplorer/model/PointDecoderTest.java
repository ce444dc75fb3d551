package org.vaeexplorer.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The plain-Java decoder of single points against DL4J's network holding the same parameters. */
class PointDecoderTest {

    /** Two hidden layers of different sizes, so a mirrored or transposed layout would show. */
    private static final VaeConfig TWO_LAYERS = new VaeConfig(4, 5, List.of(9, 6), 3, 1e-3, 8, 1, 1.0, 0, 5);

    @Test
    void readsTheDecoderWhereDl4jKeepsItInTheParameterVector() {
        MlpVae vae = MlpVae.create(TWO_LAYERS);
        MlpPointDecoder decoder = new MlpPointDecoder(TWO_LAYERS);
        INDArray flat = vae.params();
        assertThat(decoder.parameterCount()).isEqualTo(flat.length());
        String[] weights = {MlpVae.weightKey('d', 0), MlpVae.weightKey('d', 1), MlpVae.OUT_W};
        String[] biases = {MlpVae.biasKey('d', 0), MlpVae.biasKey('d', 1), MlpVae.OUT_B};
        for (int layer = 0; layer < weights.length; layer++) {
            INDArray w = vae.param(weights[layer]);
            assertThat(w.offset() - flat.offset()).as(weights[layer]).isEqualTo(decoder.weightOffset(layer));
            assertThat(w.ordering()).as(weights[layer] + " is column-major").isEqualTo('f');
            assertThat(vae.param(biases[layer]).offset() - flat.offset()).as(biases[layer]).isEqualTo(decoder.biasOffset(layer));
        }
    }

    @Test
    void decodesAsDl4jsGenerateAtMeanGivenZ() {
        for (VaeConfig config : List.of(TWO_LAYERS, VaeConfig.defaults())) {
            MlpVae vae = MlpVae.create(config.withSeed(7));
            float[] params = vae.snapshotValues();
            MlpPointDecoder decoder = new MlpPointDecoder(config);
            Random random = new Random(3);
            for (int n = 0; n < 5; n++) {
                float[] z = new float[config.latentSize()];
                for (int i = 0; i < z.length; i++) {
                    z[i] = (float) (2 * random.nextGaussian());
                }
                float[] dl4j = vae.layer().generateAtMeanGivenZ(Nd4j.create(z, new long[] {1, z.length}, 'c'))
                        .dup('c').data().asFloat();

                float[] ours = decoder.decode(params, z);

                assertThat(ours).hasSize(dl4j.length);
                for (int p = 0; p < ours.length; p++) {
                    assertThat(ours[p]).as("pixel %d of z=%s", p, java.util.Arrays.toString(z)).isCloseTo(dl4j[p], within(1e-5f));
                }
            }
        }
    }

    @Test
    void followsNewParametersWithoutAnyState() {
        MlpPointDecoder decoder = new MlpPointDecoder(TWO_LAYERS);
        float[] z = {0.5f, -1f, 2f};
        float[] a = decoder.decode(MlpVae.create(TWO_LAYERS.withSeed(1)).snapshotValues(), z);
        float[] b = decoder.decode(MlpVae.create(TWO_LAYERS.withSeed(2)).snapshotValues(), z);
        assertThat(a).isNotEqualTo(b);
        assertThat(decoder.decode(MlpVae.create(TWO_LAYERS.withSeed(1)).snapshotValues(), z)).containsExactly(a);
    }

    @Test
    void refusesParametersOrPointsOfAnotherShape() {
        MlpPointDecoder decoder = new MlpPointDecoder(TWO_LAYERS);
        float[] params = MlpVae.create(TWO_LAYERS).snapshotValues();
        assertThatThrownBy(() -> decoder.decode(new float[params.length - 1], new float[3]))
                .hasMessageContaining("parameters");
        assertThatThrownBy(() -> decoder.decode(params, new float[2])).hasMessageContaining("latent point of 3");
    }
}
