package org.vaeexplorer.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vae-explorer}: the subcommands hang below it. {@code --model} and {@code --data} are declared
 * here only so that the help lists them: Main opens the window for them before the command line runs.
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

    static final List<String> WINDOW_OPTIONS = List.of("--model", "--data");

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "Open the window with this saved model.")
    private Path model;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Open the window with the MNIST-style dataset in this folder (default: the bundled MNIST).")
    private Path data;

    @Override
    public Integer call() {
        // Reached only without a subcommand: the window options are Main's, and only when they come first.
        throw new ParameterException(spec.commandLine(), model != null || data != null
                ? "--model and --data open the window only as the first arguments; no command was given"
                : "no command given: choose train, evaluate or bench");
    }
}
