package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.VaeConfig;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench --arch}: which model is timed, and the combinations that cannot be timed. */
class BenchArchitectureTest {

    /** Nothing may be measured in these tests: every refusal comes before any training. */
    private static final Instruments NOTHING = new UnusedInstruments("refused before timing");

    @Test
    void theConvolutionalBenchTimesTheReferencesShapeAndTheMlpBenchTheDefaultModel() {
        VaeConfig conv = BenchCommand.timedModel(Architecture.CONVOLUTIONAL, 3L, 2);
        assertThat(conv.architecture()).isEqualTo(Architecture.CONVOLUTIONAL);
        assertThat(conv.latentSize()).isEqualTo(20);
        assertThat(conv.hiddenSizes()).isEqualTo(List.of(256));
        assertThat(conv.seed()).isEqualTo(3L);
        assertThat(conv.epochs()).isEqualTo(2);
        assertThat(conv.describeNetwork()).isEqualTo(VaeConfig.defaults().withArchitecture(Architecture.CONVOLUTIONAL)
                .withLatentSize(20).withHiddenSizes(List.of(256)).describeNetwork());

        VaeConfig mlp = BenchCommand.timedModel(Architecture.MLP, null, 1);
        assertThat(mlp).isEqualTo(VaeConfig.defaults().withTraining(VaeConfig.DEFAULT_LEARNING_RATE, VaeConfig.DEFAULT_BATCH, 1));
    }

    @Test
    void latentTimesTheSameNetworksWithAnotherLatentSize() {
        VaeConfig mlp20 = BenchCommand.timedModel(Architecture.MLP, 20, null, 1);
        assertThat(mlp20).isEqualTo(VaeConfig.defaults().withLatentSize(20)
                .withTraining(VaeConfig.DEFAULT_LEARNING_RATE, VaeConfig.DEFAULT_BATCH, 1));
        assertThat(mlp20.describeNetwork()).contains("784-400-20");

        VaeConfig conv2 = BenchCommand.timedModel(Architecture.CONVOLUTIONAL, 2, null, 1);
        assertThat(conv2.latentSize()).isEqualTo(2);
        assertThat(conv2.hiddenSizes()).isEqualTo(List.of(256));
    }

    @Test
    void aLatentSizeNoModelCanHaveIsRefusedBeforeTiming() {
        CliRun run = CliRun.withInstruments(NOTHING, "bench", "--latent", "0");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).containsExactly(
                "vae-explorer: latent size must be 1.." + VaeConfig.MAX_LATENT + ", got 0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--dl4j-baseline | --dl4j-baseline trains DL4J's own VAE layer, which is MLP only; leave out --arch conv",
        "--ui            | --ui times the window with the shipped MLP model; leave out --arch conv"})
    void whatTimesOnlyTheMlpRefusesTheConvolutionalVae(String option, String message) {
        CliRun run = CliRun.withInstruments(NOTHING, "bench", "--arch", "conv", option);

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).containsExactly("vae-explorer: " + message);
    }

    @Test
    void anUnknownArchitectureIsNamed() {
        CliRun run = CliRun.withInstruments(NOTHING, "bench", "--arch", "resnet");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).containsExactly("vae-explorer: architecture must be one of [mlp, conv], got 'resnet'");
    }
}
