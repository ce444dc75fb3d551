package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.VaeConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code soak --arch}: which model the window is asked to train, and a name that is not an architecture. */
class SoakArchitectureTest {

    /** Records what the soak was asked to train and answers with a flat, error-free summary. */
    private static final class RecordingInstruments extends UnusedInstruments {
        final List<VaeConfig> soaked = new ArrayList<>();

        RecordingInstruments() {
            super("only the soak runs");
        }

        @Override
        public Map<String, Object> soak(VaeConfig trained, double minutes, double intervalSeconds,
                                        Consumer<Map<String, Object>> each) {
            soaked.add(trained);
            return Map.of("memory_flat", true, "errors", 0);
        }
    }

    @Test
    void theConvolutionalSoakTrainsTheShapeTheConvolutionalBenchTimesForAsLongAsTheFormAllows() {
        RecordingInstruments instruments = new RecordingInstruments();
        CliRun run = CliRun.withInstruments(instruments, "soak", "--arch", "conv", "--minutes", "1", "--json");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_OK);
        assertThat(instruments.soaked).containsExactly(
                BenchCommand.timedModel(Architecture.CONVOLUTIONAL, null, VaeConfig.MAX_EPOCHS));
        assertThat(instruments.soaked.get(0).latentSize()).isEqualTo(20);
        assertThat(instruments.soaked.get(0).hiddenSizes()).containsExactly(256);
    }

    @Test
    void withoutArchTheSoakTrainsTheDefaultModel() {
        RecordingInstruments instruments = new RecordingInstruments();
        CliRun run = CliRun.withInstruments(instruments, "soak", "--minutes", "1");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_OK);
        assertThat(instruments.soaked).containsExactly(VaeConfig.defaults()
                .withTraining(VaeConfig.DEFAULT_LEARNING_RATE, VaeConfig.DEFAULT_BATCH, VaeConfig.MAX_EPOCHS));
    }

    @Test
    void anUnknownArchitectureIsNamedBeforeTheWindowOpens() {
        RecordingInstruments instruments = new RecordingInstruments();
        CliRun run = CliRun.withInstruments(instruments, "soak", "--arch", "resnet");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).containsExactly("vae-explorer: architecture must be one of [mlp, conv], got 'resnet'");
        assertThat(instruments.soaked).isEmpty();
    }
}
