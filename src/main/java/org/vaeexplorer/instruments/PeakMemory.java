package org.vaeexplorer.instruments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's peak resident memory, VmHWM in /proc/self/status. It counts what the JVM heap does not:
 * ND4J's native arrays, which are most of this app's memory.
 */
public final class PeakMemory {

    static final Path STATUS = Path.of("/proc/self/status");
    private static final long KB_PER_MB = 1024;

    private PeakMemory() {
    }

    /** Peak resident set size in MB, or -1 where /proc is not available (not Linux). */
    public static long peakRssMb() {
        try {
            long kb = parseVmHwmKb(Files.readString(STATUS));
            return kb < 0 ? -1 : Math.round((double) kb / KB_PER_MB);
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    /** The value of a "VmHWM:    123456 kB" line in kB, or -1 if there is no such line or it does not parse. */
    static long parseVmHwmKb(String status) {
        for (String line : status.split("\n")) {
            if (!line.startsWith("VmHWM:")) {
                continue;
            }
            String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
            if (parts.length != 2 || !parts[1].equals("kB")) {
                return -1;
            }
            try {
                return Long.parseLong(parts[0]);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }
}
