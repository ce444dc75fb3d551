package org.vaeexplorer.instruments;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A timed window ends only once what its launcher started beside it has ended (the class-sharing archive being
 * made), so that the next timed launch finds the archive a user's next launch would.
 */
class LaunchProbeTest {

    @Test
    void theProbeWaitsForTheProcessesStartedBesideItsWindow() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/cat")), "needs a POSIX cat");
        // Stands for the archiving JVM: runs until its input is closed.
        Process sibling = new ProcessBuilder("/bin/cat").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AwaitSiblings.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("siblings 1");

            sibling.getOutputStream().close();

            assertThat(out.readLine()).as("it stopped waiting only once its sibling had ended")
                    .isEqualTo("siblings ended, running 0");
            assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            sibling.destroyForcibly();
            probe.destroyForcibly();
        }
    }
}
