package org.vaeexplorer.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The CPU's feature flags as Linux's /proc/cpuinfo lists them. Nothing else is loaded to read them (no logging,
 * no JMX), so that the launcher JVM, which only starts the app's own, can ask too.
 */
final class CpuInfo {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    private CpuInfo() {
    }

    /** The flags of the first CPU; empty where there is no /proc/cpuinfo (macOS, Windows), an empty set if it cannot be read. */
    static Optional<Set<String>> flags() {
        if (!Files.isReadable(CPUINFO)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(CPUINFO)) {
            return Optional.of(lines.filter(l -> l.startsWith("flags"))
                    .findFirst()
                    .map(l -> Set.<String>copyOf(Arrays.asList(l.substring(l.indexOf(':') + 1).trim().split("\\s+"))))
                    .orElse(Set.of()));
        } catch (IOException | RuntimeException e) {
            return Optional.of(Set.of()); // nothing known: no CPU-specific choice is made
        }
    }
}
