package org.vaeexplorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the app in a child JVM started with the options it needs ({@link ChildJvmOptions}), when it was started
 * without them (a plain {@code java -jar}, whose manifest cannot carry JVM options).
 *
 * <p>The parent only waits and passes on the exit code; the child inherits stdin, stdout and stderr, and ends
 * itself if the parent is killed ({@link ChildLifetime}). {@code VAE_EXPLORER_SAME_JVM=1} (or
 * {@code -Dvae.explorer.jvm=...}) runs in place.
 *
 * <p>A child that cannot start says so on stderr: the JVM's own message goes there
 * ({@code -XX:+DisplayVMOutputToStderr}; stdout may be a {@code --json} answer), and the parent adds a
 * line of its own. In the C locale ({@code LC_ALL=C}) Java reads file names and arguments as ASCII, and a
 * folder named 数据 arrives as replacement characters: the child then runs in {@code C.UTF-8} and gets the
 * arguments' original bytes from the parent's command line ({@link ArgumentBytes}).
 */
final class JvmRelaunch {

    /** Set on the child (and by launchers that pass the options themselves): do not relaunch. */
    static final String MARKER = "vae.explorer.jvm";
    static final String SAME_JVM_ENV = "VAE_EXPLORER_SAME_JVM";
    /** A file the child deletes as soon as it runs: still there after the child ended, the child never started. */
    static final String STARTING = "vae.explorer.starting";

    private JvmRelaunch() {
    }

    static boolean wanted() {
        return System.getProperty(MARKER) == null && System.getenv(SAME_JVM_ENV) == null
                && ChildJvmOptions.javaCommand().isPresent();
    }

    /** Starts the child, waits for it and returns its exit code. */
    static int run(String[] args) {
        String classPath = System.getProperty("java.class.path");
        Optional<ClassSharing> sharing = ClassSharing.of(classPath, args);
        List<String> parentOptions = new ArrayList<>(sharing.map(ClassSharing::childOptions).orElse(List.of()));
        Path starting = startingMarker();
        if (starting != null) {
            parentOptions.add("-D" + STARTING + "=" + starting);
        }
        boolean asciiNames = ArgumentBytes.fileNamesAreAscii();
        if (asciiNames) {
            ArgumentBytes.encoded(args).ifPresent(raw -> parentOptions.add("-D" + ArgumentBytes.PROPERTY + "=" + raw));
        }
        parentOptions.addAll(ChildJvmOptions.parentJvmOptions());
        List<String> command = ChildJvmOptions.command(ChildJvmOptions.javaCommand().orElseThrow(), parentOptions,
                classPath, args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        ChildJvmOptions.nativeSettings(builder.environment(), args);
        if (asciiNames) {
            builder.environment().put("LC_ALL", ArgumentBytes.UTF8_LOCALE);
        }
        // Ctrl-C or a plain kill of the parent ends the child too, and the parent waits for it: the child
        // checkpoints a run on its way out, and a parent gone first would make it stop at once (ChildLifetime).
        // The hook is in place before the child starts, and a signal between the two cannot orphan it: the
        // child starts only if the hook has not begun, and the hook then sees it.
        Launched launched = new Launched();
        Thread stopChild = new Thread(() -> {
            Launched ending = launched.end();
            if (ending.child != null) {
                ChildLifetime.stop(ending.child);
                endArchiving(ending.archiving, sharing);
                sharing.ifPresent(c -> c.childEnded(ending.child.exitValue()));
            }
        }, "stop-child-jvm");
        Runtime.getRuntime().addShutdownHook(stopChild);
        Process child;
        synchronized (launched) {
            if (launched.ended) {
                return ChildLifetime.PARENT_GONE_EXIT; // asked to end before the app began: the hook ends this JVM
            }
            try {
                child = builder.start();
            } catch (java.io.IOException e) {
                System.err.println("vae-explorer: could not start " + command.get(0) + " (" + e.getMessage()
                        + "); set " + SAME_JVM_ENV + "=1 to run in this JVM");
                deleteQuietly(starting);
                Runtime.getRuntime().removeShutdownHook(stopChild);
                return 1;
            }
            launched.child = child;
            launched.archiving = sharing.flatMap(c -> c.archiveCommand(command.get(0)))
                    .map(archive -> startArchiving(archive, sharing.get())).orElse(null);
        }
        Process archiving = launched.archiving;
        try {
            int code = child.waitFor();
            endArchiving(archiving, sharing);
            sharing.ifPresent(c -> c.childEnded(code));
            if (code != 0 && starting != null && Files.exists(starting)) {
                System.err.println("vae-explorer: the Java VM could not start with the options " + command.subList(1,
                        command.indexOf("-cp")) + " (exit code " + code + ", its own message above);"
                        + " set " + SAME_JVM_ENV + "=1 to run in this JVM");
            }
            return code;
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            deleteQuietly(starting);
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    /** The processes a launch started, and whether the parent is ending (guarded by the object's lock). */
    private static final class Launched {
        Process child;
        Process archiving;
        boolean ended;

        /** Marks the parent ending; what was started, for the hook to end. */
        synchronized Launched end() {
            ended = true;
            Launched started = new Launched();
            started.child = child;
            started.archiving = archiving;
            return started;
        }
    }

    /** Makes the class archive beside the window (ClassSharing), its output discarded; null if it cannot start. */
    private static Process startArchiving(List<String> command, ClassSharing sharing) {
        try {
            Process archiving = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            archiving.onExit().thenAccept(p -> sharing.archiveMade(p.exitValue()));
            return archiving;
        } catch (IOException | RuntimeException e) {
            return null; // no archive this time: the app starts as fast as without one
        }
    }

    /** The app ends: an archive still being made is abandoned (the next launch makes it). */
    private static void endArchiving(Process archiving, Optional<ClassSharing> sharing) {
        if (archiving != null && archiving.isAlive()) {
            archiving.destroyForcibly();
            try {
                if (archiving.waitFor(2, TimeUnit.SECONDS)) {
                    sharing.ifPresent(c -> c.archiveMade(archiving.exitValue()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The marker the child deletes when it runs, or null where no temporary file can be made. */
    private static Path startingMarker() {
        try {
            return Files.createTempFile("vae-explorer-", ".starting");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** In the child: it runs, so the parent need not say that it could not start. */
    static void confirmStarted() {
        String marker = System.getProperty(STARTING);
        if (marker != null) {
            deleteQuietly(Path.of(marker));
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException ignored) {
                // a temporary file; the system's cleaning removes it
            }
        }
    }
}
