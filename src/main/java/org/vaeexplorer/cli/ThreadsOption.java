package org.vaeexplorer.cli;

import org.vaeexplorer.model.NativeRuntime;
import picocli.CommandLine.Option;

/**
 * {@code --threads N}: how many cores the native matrix products of a training step may use. One is the
 * default, as in the window, which keeps the other core for drawing; a command line run on an otherwise
 * idle machine may take both.
 */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Cores the native matrix products may use (1 to the number of cores; default 1).")
    private int threads;

    /** The count asked for; refuses one this machine cannot give. */
    int count() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > cores) {
            throw new BadInputException("--threads must be 1 to " + cores + " (the cores of this machine), got " + threads);
        }
        return threads;
    }

    /** Sets up ND4J with the threads asked for. */
    void apply() {
        NativeRuntime.configure(count());
    }
}
