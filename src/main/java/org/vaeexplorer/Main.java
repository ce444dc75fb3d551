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
        int exitCode = Cli.run(args, ExplorerApp::launchWindow, UiBenchmark::run, UiSoak::run);
        System.exit(exitCode);
    }
}
