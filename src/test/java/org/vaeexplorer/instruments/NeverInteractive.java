package org.vaeexplorer.instruments;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stands for a window that hangs before it is interactive, as the app did in the native loading deadlock:
 * it starts a process of its own (as the app relaunches itself), says which, and never ends by itself.
 */
public final class NeverInteractive {

    private NeverInteractive() {
    }

    static Path pidFileFor(long launcherPid) {
        return Path.of(System.getProperty("java.io.tmpdir"), "vae-explorer-never-interactive-" + launcherPid + ".pid");
    }

    public static void main(String[] args) throws Exception {
        Process child = new ProcessBuilder("sleep", "600").start();
        long launcher = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(pidFileFor(launcher), Long.toString(child.pid()));
        child.waitFor();
    }
}
