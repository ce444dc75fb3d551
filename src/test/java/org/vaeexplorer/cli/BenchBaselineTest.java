package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.VaeConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench --dl4j-baseline}: the command hands the baseline its model and data, and prints each epoch as it comes. */
class BenchBaselineTest {

    /** Records what the command asks for and reports made-up epochs; the real baseline is Dl4jLayerBaselineTest's. */
    private static final class RecordingInstruments extends UnusedInstruments {
        final List<VaeConfig> configs = new ArrayList<>();
        final List<Dataset> datasets = new ArrayList<>();

        RecordingInstruments() {
            super("the baseline runs alone");
        }

        @Override
        public void dl4jBaseline(Dataset data, VaeConfig config, Consumer<Map<String, Object>> each) {
            configs.add(config);
            datasets.add(data);
            for (int e = 1; e <= config.epochs(); e++) {
                each.accept(Map.of("epoch", e, "seconds", 10.0 + e, "test_neg_elbo", 160.0 - e,
                        "reconstruction", 150.0 - e, "kl", 10.0));
            }
        }

    }

    @Test
    void theBaselineTrainsTheDefaultModelOnTheBundledMnistAndPrintsEachEpoch() {
        RecordingInstruments instruments = new RecordingInstruments();

        CliRun run = CliRun.withInstruments(instruments, "bench", "--dl4j-baseline", "--epochs", "2", "--seed", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(instruments.configs).containsExactly(VaeConfig.defaults().withSeed(3).withTraining(
                VaeConfig.defaults().learningRate(), VaeConfig.defaults().batchSize(), 2));
        assertThat(instruments.datasets.get(0).train().count()).isEqualTo(60_000);
        assertThat(run.out().lines()).containsExactly(
                "epoch 1  11.00 s  test -ELBO 159.00  recon 149.00  KL 10.00",
                "epoch 2  12.00 s  test -ELBO 158.00  recon 148.00  KL 10.00");
    }

    @Test
    void theBaselineTimesTrainingOnlyNotTheWindow() {
        CliRun run = CliRun.withInstruments(new RecordingInstruments(), "bench", "--dl4j-baseline", "--ui");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).containsExactly("vae-explorer: --dl4j-baseline times training only; leave out --ui");
    }
}
