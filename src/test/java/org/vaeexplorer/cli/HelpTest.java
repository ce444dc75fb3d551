package org.vaeexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void helpListsTheCommandsAndTheWindowOptions() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("vae-explorer", "train", "evaluate", "bench", "--model", "--data",
                "--version", "no arguments");
    }

    @Test
    void usageIsTheSameHelpForMain() {
        assertThat(Cli.usage()).contains("train", "evaluate", "bench", "--model").doesNotContain("\u001B[");
    }

    @Test
    void trainHelpShowsTheDefaultsOfVaeConfig() {
        CliRun run = CliRun.of("train", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--latent=N", "Default: 2", "Default: 400", "Default: 128", "--out=FILE");
    }

    @Test
    void version() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("vae-explorer ");
    }

    @Test
    void windowArguments() {
        assertThat(Cli.opensWindow(new String[0])).isTrue();
        assertThat(Cli.opensWindow(new String[] {"--model", "m.vae"})).isTrue();
        assertThat(Cli.opensWindow(new String[] {"--data=mnist"})).isTrue();
        assertThat(Cli.opensWindow(new String[] {"train", "--data", "mnist"})).isFalse();
        assertThat(Cli.opensWindow(new String[] {"--help"})).isFalse();
    }

    @Test
    void noCommandIsBadInput() {
        CliRun run = CliRun.of("--model", "m.vae");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("vae-explorer: ");
    }
}
