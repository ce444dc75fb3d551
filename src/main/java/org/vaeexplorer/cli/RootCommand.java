package org.vaeexplorer.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.concurrent.Callable;

/**
 * {@code vae-explorer}: without a command it opens the window (through the launcher Main hands in, so
 * this package never sees the UI's code); the subcommands hang below it.
 */
@Command(name = Cli.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = HelpCommand.class,
        description = {
            "Watch a variational autoencoder learn MNIST.",
            "Run with no arguments to open the window; --model and/or --data open it with a saved model or"
                    + " another dataset. The commands below work without a window."
        },
        footer = {"", "Exit codes: 0 done, 1 unexpected error, 2 bad input, 3 training diverged."})
final class RootCommand implements Callable<Integer> {

    private final BiConsumer<Path, Path> windowLauncher;

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "Open the window with this saved model.")
    private Path model;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Open the window with the MNIST-style dataset in this folder (default: the bundled MNIST).")
    private Path data;

    /** @param windowLauncher opens the window with a model file and a dataset folder (each may be null) */
    RootCommand(BiConsumer<Path, Path> windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    @Override
    public Integer call() {
        if (windowLauncher == null) {
            throw new ParameterException(spec.commandLine(), "no command given: choose train, evaluate, anomalies, bench or soak");
        }
        windowLauncher.accept(model, data);
        return Cli.EXIT_OK;
    }
}
