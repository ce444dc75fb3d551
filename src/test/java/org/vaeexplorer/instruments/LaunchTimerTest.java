package org.vaeexplorer.instruments;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A launch that never becomes interactive fails the benchmark and leaves no process behind. */
class LaunchTimerTest {

    @Test
    void aWindowThatNeverBecomesInteractiveIsEndedWithEveryProcessItStarted() throws Exception {
        Path pidFile = NeverInteractive.pidFileFor(ProcessHandle.current().pid());
        Files.deleteIfExists(pidFile);
        try {
            assertThatThrownBy(() -> LaunchTimer.once(NeverInteractive.class, Duration.ofSeconds(20)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not interactive within 20 s");

            assertThat(pidFile).as("the launched JVM started its own process").exists();
            long grandchild = Long.parseLong(Files.readString(pidFile).strip());
            Optional<ProcessHandle> left = ProcessHandle.of(grandchild).filter(ProcessHandle::isAlive);
            assertThat(left).as("the process the launched JVM started").isEmpty();
        } finally {
            Files.deleteIfExists(pidFile);
        }
    }
}
