package org.vaeexplorer.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for the subcommands: picocli's standard mixin would add a --version they do not have. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;
}
