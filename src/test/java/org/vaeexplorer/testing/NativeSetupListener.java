package org.vaeexplorer.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.vaeexplorer.model.NativeRuntime;

/**
 * Configures ND4J once per test JVM, before any test runs, as Main does for the app: whichever test
 * touches ND4J first, the native build for this CPU is the one loaded (left to itself JavaCPP may pick a
 * build this CPU cannot run).
 */
public final class NativeSetupListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        NativeRuntime.configure();
    }
}
