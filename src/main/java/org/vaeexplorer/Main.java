package org.vaeexplorer;

import org.vaeexplorer.cli.Cli;
import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.ui.ExplorerApp;
import org.vaeexplorer.ui.UiBenchmark;
import org.vaeexplorer.ui.UiSoak;

/**
 * The one place where the app is wired: the command line gets the window (and its benchmark) handed in,
 * so neither package knows the other.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (JvmRelaunch.wanted()) {
            System.exit(JvmRelaunch.run(args));
        }
        JvmRelaunch.followParent();
        // Before anything touches ND4J: native build, one thread, native memory budget. The heavy part
        // (loading the natives) overlaps with parsing the command line and starting JavaFX; every use of
        // ND4J goes through NativeRuntime.configure(), which waits for it.
        NativeRuntime.configureInBackground();
        if (args.length == 0) {
            // The window, without building the command line's parser and all its subcommands first: that
            // took 0.2-0.3 s of the launch, for a parse that could only end here.
            ExplorerApp.launchWindow(null, null);
            System.exit(Cli.EXIT_OK);
        }
        System.exit(Cli.run(args, ExplorerApp::launchWindow, UiBenchmark::run, UiSoak::run));
    }
}
