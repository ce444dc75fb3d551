package org.vaeexplorer.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** One run of {@link Cli#run} with stdout and stderr captured. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return withWindow(null, args);
    }

    /** With {@code windowLauncher} standing in for the window; no instruments. */
    static CliRun withWindow(BiConsumer<Path, Path> windowLauncher, String... args) {
        return with(windowLauncher, null, args);
    }

    /** With {@code instruments} standing in for the measuring harnesses; no window. */
    static CliRun withInstruments(Instruments instruments, String... args) {
        return with(null, instruments, args);
    }

    private static CliRun with(BiConsumer<Path, Path> windowLauncher, Instruments instruments, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Cli.run(args, windowLauncher, instruments);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A logback line of logback-test.xml's pattern ("12:34:56.789 INFO ..."). */
    private static final Pattern LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*");

    /**
     * The non-empty lines of stderr that the command itself printed. Tests log at INFO to the same stderr
     * (logback-test.xml), the app only at WARN, so log lines are left out.
     */
    List<String> errLines() {
        return Arrays.stream(err.split("\\R"))
                .filter(line -> !line.isBlank() && !LOG_LINE.matcher(line).matches())
                .toList();
    }
}
