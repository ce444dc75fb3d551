package org.vaeexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

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
    void noCommandOpensTheWindowWithTheGivenModelAndData() {
        List<String> opened = new ArrayList<>();
        CliRun run = CliRun.withWindow((model, data) -> opened.add(model + " " + data), "--model", "m.zip", "--data", "digits");
        assertThat(run.exitCode()).isZero();
        assertThat(opened).containsExactly("m.zip digits");

        CliRun plain = CliRun.withWindow((model, data) -> opened.add(model + " " + data));
        assertThat(plain.exitCode()).isZero();
        assertThat(opened).containsExactly("m.zip digits", "null null");
    }

    @Test
    void noCommandWithoutAWindowIsBadInput() {
        CliRun run = CliRun.of("--model", "m.vae");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("vae-explorer: ");
    }
}
