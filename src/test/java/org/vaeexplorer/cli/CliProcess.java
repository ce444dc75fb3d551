package org.vaeexplorer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines that run the app as a real process, from the tests' own class path. */
final class CliProcess {

    private CliProcess() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * {@code java -Xmx512m -cp <tests' class path> org.vaeexplorer.Main ARGS}, run in that JVM (no relaunch),
     * as the tests' other processes are.
     */
    static List<String> inPlace(String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:-UsePerfData", "-Dvae.explorer.jvm=test",
                "-cp", System.getProperty("java.class.path"), "org.vaeexplorer.Main"));
        command.addAll(List.of(args));
        return command;
    }

    /** A process's stderr, read line by line as it comes. */
    static final class Stderr {

        private final BufferedReader reader;
        private final StringBuilder seen = new StringBuilder();

        Stderr(Process process) {
            reader = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        }

        /** Reads until a line starts with {@code prefix}: that line, or null if the stream ended first. */
        String awaitLine(String prefix) throws IOException {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                seen.append(line).append('\n');
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            return null;
        }

        /** Reads to the end; everything read so far and now. */
        String all() throws IOException {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                seen.append(line).append('\n');
            }
            return seen.toString();
        }
    }
}
