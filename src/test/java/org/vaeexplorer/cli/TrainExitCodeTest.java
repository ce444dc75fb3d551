package org.vaeexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.train.TrainingOutcome.Status;

/** A divergence is hard to provoke on purpose (tiny runs with lr 100 stay finite), so its code is checked here. */
class TrainExitCodeTest {

    @Test
    void everyOutcomeHasItsExitCode() {
        assertThat(TrainCommand.exitCode(Status.COMPLETED)).isEqualTo(Cli.EXIT_OK).isZero();
        assertThat(TrainCommand.exitCode(Status.DIVERGED)).isEqualTo(Cli.EXIT_DIVERGED).isEqualTo(3);
        assertThat(TrainCommand.exitCode(Status.FAILED)).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(TrainCommand.exitCode(Status.STOPPED)).isEqualTo(Cli.EXIT_FAILURE);
    }
}
