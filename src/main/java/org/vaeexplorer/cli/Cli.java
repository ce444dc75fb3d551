package org.vaeexplorer.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.DatasetException;
import org.vaeexplorer.store.ModelFileException;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * The command line: {@code vae-explorer [--model FILE] [--data DIR]} opens the window,
 * {@code vae-explorer train | evaluate | train-classifier | anomalies | bench | soak} work without one (soak opens it itself).
 *
 * <p>Every failure the user can fix (a missing folder, a corrupt file, an impossible hyperparameter, a
 * mistyped option) ends as one line {@code vae-explorer: <message>} on stderr and exit code
 * {@value #EXIT_BAD_INPUT}, never a stack trace: the messages of DatasetException, ModelFileException and
 * VaeConfig already name the file or value at fault.
 */
public final class Cli {

    public static final String NAME = "vae-explorer";
    /** Everything asked for was done. */
    public static final int EXIT_OK = 0;
    /** An unexpected error (a bug, or training failed for a reason that is not the user's input). */
    public static final int EXIT_FAILURE = 1;
    /** Bad input: unknown option, missing or corrupt file, impossible hyperparameters. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Training diverged; the last good parameters were saved. */
    public static final int EXIT_DIVERGED = 3;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /**
     * Runs one command and returns its exit code; prints results to stdout, progress and errors to stderr.
     *
     * @param windowLauncher opens the window (model file, dataset folder; either may be null) when no
     *                       command is given, or null where there is no UI
     * @param instruments    the measuring harnesses {@code bench} and {@code soak} run, or null where there are none
     */
    public static int run(String[] args, BiConsumer<Path, Path> windowLauncher, Instruments instruments) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        CommandLine commandLine = commandLine(windowLauncher, instruments);
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            int code = commandLine.execute(args);
            // PrintWriter and PrintStream swallow write errors: a full disk or a closed stdout is seen only here.
            if (out.checkError()) {
                err.println(NAME + ": the output could not be written to standard output (it is closed, or its"
                        + " disk is full), so it is lost");
                return code == EXIT_OK ? EXIT_FAILURE : code;
            }
            return code;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The root command's help text (options, the window options and the subcommands), without colours. */
    public static String usage() {
        return commandLine(null, null).getUsageMessage(Help.Ansi.OFF);
    }

    private static CommandLine commandLine(BiConsumer<Path, Path> windowLauncher, Instruments instruments) {
        CommandLine commandLine = new CommandLine(new RootCommand(windowLauncher));
        commandLine.addSubcommand(new TrainCommand());
        commandLine.addSubcommand(new EvaluateCommand());
        commandLine.addSubcommand(new ClassifierCommand());
        commandLine.addSubcommand(new GenerateCommand());
        commandLine.addSubcommand(new AugmentationExperimentCommand());
        commandLine.addSubcommand(new AnomaliesCommand());
        commandLine.addSubcommand(new RepairEvalCommand());
        commandLine.addSubcommand(new BenchCommand(instruments));
        commandLine.addSubcommand(new SoakCommand(instruments));
        commandLine.registerConverter(Path.class, FileNameConverter::toPath);
        commandLine.setParameterExceptionHandler(parameterErrors());
        commandLine.setExecutionExceptionHandler(executionErrors());
        return commandLine;
    }

    /** A mistyped command line: one line naming the problem and where to read the usage. */
    private static IParameterExceptionHandler parameterErrors() {
        return (e, args) -> {
            CommandLine failed = e.getCommandLine();
            String guess = "";
            if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                guess = "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
            }
            failed.getErr().println(NAME + ": " + e.getMessage() + guess
                    + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            return EXIT_BAD_INPUT;
        };
    }

    private static IExecutionExceptionHandler executionErrors() {
        return (e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (isBadInput(e)) {
                LOG.debug("bad input", e);
                err.println(NAME + ": " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
            // A bug: still one line for the user, the stack trace for whoever turns the log level up.
            LOG.debug("unexpected error", e);
            err.println(NAME + ": unexpected error: " + e
                    + " (run with VAE_LOG_LEVEL=DEBUG for the stack trace)");
            return EXIT_FAILURE;
        };
    }

    private static boolean isBadInput(Exception e) {
        return e instanceof DatasetException || e instanceof ModelFileException || e instanceof BadInputException;
    }
}
