package org.vaeexplorer.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.testing.SyntheticImages;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** The layers' parameter blocks, and what an inspected training step reports about itself. */
class StepInspectionTest {

    private static VaeConfig config(Architecture architecture) {
        return new VaeConfig(6, 6, List.of(16), 2, 1e-2, 32, 1, 1.0, 0, 5, architecture);
    }

    private static INDArray batch() {
        return ImageMatrix.range(SyntheticImages.images(32, 6, 6, 3), 0, 32);
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void theBlocksCoverEveryParameterOnceInOrder(Architecture architecture) {
        Vae vae = Vae.create(config(architecture));
        long next = 0;
        for (ParameterBlock block : vae.parameterBlocks()) {
            assertThat(block.offset()).as(block.name()).isEqualTo(next);
            assertThat(block.length()).as(block.name()).isPositive();
            next += block.length();
        }
        assertThat(next).isEqualTo(vae.parameterCount());
    }

    @Test
    void theMlpsBlocksAreItsLayersNamedAsTheDiagramDoes() {
        Vae vae = Vae.create(config(Architecture.MLP));
        // 36 pixels -> 16 -> (2, 2) -> 16 -> 36
        assertThat(vae.parameterBlocks()).extracting(ParameterBlock::name, ParameterBlock::length).containsExactly(
                tuple("encoder 1", 36L * 16 + 16),
                tuple("μ head", 16L * 2 + 2),
                tuple("log σ² head", 16L * 2 + 2),
                tuple("decoder 1", 2L * 16 + 16),
                tuple("output", 16L * 36 + 36));
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void anInspectedStepReportsItsOwnGradientAndTrainsAsAPlainOne(Architecture architecture) {
        VaeConfig config = config(architecture);
        Vae inspected = Vae.create(config);
        Vae plain = Vae.withParams(config, inspected.params());
        Vae reference = Vae.withParams(config, inspected.params());
        INDArray x = batch();
        INDArray meansBefore = reference.encode(x).mean().dup();

        StepReport report = new TrainingStep(inspected, null, Noise.generator(9)).runInspected(x, 0.5, 0, 0);
        LossParts plainSums = new TrainingStep(plain, null, Noise.generator(9)).run(x, 0.5, 0, 0);

        // The same gradient, computed apart with the same noise.
        INDArray eps = Noise.standardNormal(32, 2, Noise.generator(9));
        ElboGradient gradient = reference.elboGradient();
        LossParts sums = gradient.compute(x, eps, 0.5);
        assertThat(report.before()).isEqualTo(sums).isEqualTo(plainSums);
        double squares = 0;
        for (int i = 0; i < report.blocks().size(); i++) {
            double norm = report.blocks().get(i).norm(gradient.flat());
            assertThat(report.gradientNorms()[i]).as(report.blocks().get(i).name()).isCloseTo(norm, within(1e-6 * norm));
            squares += norm * norm;
        }
        double whole = gradient.flat().norm2Number().doubleValue();
        assertThat(Math.sqrt(squares)).isCloseTo(whole, within(1e-4 * whole));

        assertThat(inspected.params()).isEqualTo(plain.params());
        assertThat(report.meansBefore()).containsExactly(ImageMatrix.toFloats(meansBefore));
        assertThat(report.meansAfter()).containsExactly(ImageMatrix.toFloats(plain.encode(x).mean()));
        assertThat(report.after()).isEqualTo(plain.lossSums(x, eps));
    }
}
