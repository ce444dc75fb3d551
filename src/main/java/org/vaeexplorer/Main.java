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
        // Before anything touches ND4J: native build, one thread, native memory budget.
        NativeRuntime.configure();
        int exitCode = Cli.run(args, ExplorerApp::launchWindow, UiBenchmark::run, UiSoak::run);
        System.exit(exitCode);
    }
}
