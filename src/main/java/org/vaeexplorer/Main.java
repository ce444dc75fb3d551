package org.vaeexplorer;

import org.vaeexplorer.cli.Cli;
import org.vaeexplorer.instruments.AppInstruments;
import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.ui.app.ExplorerApp;

/**
 * The one place where the app is wired: the command line gets the window and the instruments (bench, soak)
 * handed in, so it knows neither.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (JvmRelaunch.wanted()) {
            System.exit(JvmRelaunch.run(args));
        }
        ChildLifetime.followParent();
        JvmRelaunch.confirmStarted();
        args = ArgumentBytes.arguments(args);
        // Which native build JavaCPP will load and its memory budget: system properties only, nothing loaded.
        NativeRuntime.chooseNativeBuild();
        if (args.length == 0) {
            // The window, without building the command line's parser and all its subcommands first: that
            // was a visible part of the launch, for a parse that could only end here. launchWindow loads ND4J's
            // natives before it starts JavaFX (the native loading rule in NativeRuntime).
            ExplorerApp.launchWindow(null, null);
            System.exit(Cli.EXIT_OK);
        }
        System.exit(Cli.run(args, ExplorerApp::launchWindow, new AppInstruments(Main.class)));
    }
}
