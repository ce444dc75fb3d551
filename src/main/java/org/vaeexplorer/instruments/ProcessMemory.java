package org.vaeexplorer.instruments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's resident memory, from /proc/self/status (Linux). It counts what the JVM heap does not:
 * ND4J's native arrays, which are most of this app's memory.
 */
final class ProcessMemory {

    static final Path PROC_SELF_STATUS = Path.of("/proc/self/status");
    private static final long KB_PER_MB = 1024;

    private final Path status;

    /** @param status a file in the format of /proc/self/status */
    ProcessMemory(Path status) {
        this.status = status;
    }

    static ProcessMemory ofThisProcess() {
        return new ProcessMemory(PROC_SELF_STATUS);
    }

    /** Peak resident set size (VmHWM) in MB, or -1 where it cannot be read (not Linux). */
    long peakResidentMb() {
        return megabytes("VmHWM");
    }

    /** Resident set size now (VmRSS) in MB, or -1 where it cannot be read. */
    long residentMb() {
        return megabytes("VmRSS");
    }

    private long megabytes(String field) {
        try {
            long kb = kilobytes(Files.readString(status), field);
            return kb < 0 ? -1 : Math.round((double) kb / KB_PER_MB);
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    /** The value of a "Field:    123456 kB" line in kB, or -1 if there is no such line or it does not parse. */
    static long kilobytes(String statusText, String field) {
        String prefix = field + ":";
        for (String line : statusText.split("\n")) {
            if (!line.startsWith(prefix)) {
                continue;
            }
            String[] parts = line.substring(prefix.length()).trim().split("\\s+");
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
