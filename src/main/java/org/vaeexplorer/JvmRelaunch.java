package org.vaeexplorer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the app in a child JVM started with the options it needs, when it was started without them (a plain
 * {@code java -jar}, whose manifest cannot carry JVM options).
 *
 * <p>Why: with the JVM's defaults on a laptop, G1 may grow the heap to a quarter of the RAM and aims at
 * 200 ms pauses, and glibc gives every thread that calls malloc its own 64 MB arena and keeps freed big
 * blocks. Measured here: {@code bench} peaked at 1130-1640 MB resident, and the window kept growing while
 * it trained (130 MB a minute in the soak); with a fixed 512 MB heap, a 20 ms pause goal, two malloc arenas
 * and big blocks mapped on their own, the figures in the README. {@code ./mvnw javafx:run} passes the
 * same JVM options itself (not the malloc settings, which are environment variables).
 *
 * <p>The parent only waits and passes on the exit code; the child inherits stdin, stdout and stderr, gets
 * the parent's own JVM options after these (so a user's {@code -Xmx} still wins, and sets the fixed heap's
 * size), and ends itself if the parent is killed. {@code VAE_EXPLORER_SAME_JVM=1} (or
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
    /** The parent's process id, handed to the child: its parent may be gone before the child looks. */
    static final String PARENT_PID = "vae.explorer.parentPid";
    private static final String G1 = "-XX:+UseG1GC";
    /**
     * A fixed, pre-touched heap: resident memory is the same after a minute as after an hour (a heap left to
     * grow took 7 minutes to reach its cap, and resident memory rose 12% after warm-up on the way).
     */
    static final String HEAP = "512m";
    static final List<String> JVM_OPTIONS = List.of("-XX:+DisplayVMOutputToStderr", "-XX:+AlwaysPreTouch", G1,
            "-XX:MaxGCPauseMillis=20");
    /** A file the child deletes as soon as it runs: still there after the child ended, the child never started. */
    static final String STARTING = "vae.explorer.starting";

    /**
     * When the app was started, in epoch milliseconds: the parent's start, handed to the child, so that a
     * launch time measured in the child includes the relaunch.
     */
    public static final String LAUNCHED_AT = "vae.explorer.launchedAt";
    /** Fewer malloc arenas: ND4J's native buffers come from malloc on several threads. */
    static final String MALLOC_ARENAS = "2";
    /**
     * Native arrays of 128 KB and more get their own mapping, returned to the system when freed. glibc
     * otherwise raises this threshold as big blocks are freed, after which big arrays come from the
     * arenas and freeing them leaves the process as large as before (resident memory that only grew).
     */
    static final String MALLOC_MMAP_THRESHOLD = "131072";

    private JvmRelaunch() {
    }

    static boolean wanted() {
        return System.getProperty(MARKER) == null && System.getenv(SAME_JVM_ENV) == null && javaCommand().isPresent();
    }

    /** The child's command line: same java, our options, the parent's options, same class path, same arguments. */
    static List<String> command(String java, List<String> parentOptions, String classPath, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        // A collector the user chose replaces ours (two collectors on one command line is an error).
        List<String> users = new ArrayList<>(parentOptions);
        users.addAll(environmentOptions());
        boolean userChoseCollector = users.stream().anyMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"));
        command.addAll(heapOptions(users));
        JVM_OPTIONS.stream().filter(o -> !(userChoseCollector && o.equals(G1))).forEach(command::add);
        command.add("-D" + LAUNCHED_AT + "=" + launchedAtMillis());
        command.add("-D" + MARKER + "=child");
        command.add("-D" + PARENT_PID + "=" + ProcessHandle.current().pid());
        command.addAll(parentOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Our fixed heap, or the user's: a heap size the user gave is kept fixed as ours is, its other bound
     * following it. Ours beside a user's smaller {@code -Xmx} would stop the child before it starts
     * ("Initial heap size set to a larger value than the maximum heap size").
     */
    static List<String> heapOptions(List<String> userOptions) {
        Optional<String> max = lastValue(userOptions, "-Xmx", "-XX:MaxHeapSize=");
        Optional<String> initial = lastValue(userOptions, "-Xms", "-XX:InitialHeapSize=");
        if (max.isEmpty() && initial.isEmpty()) {
            return List.of("-Xms" + HEAP, "-Xmx" + HEAP);
        }
        if (initial.isEmpty()) {
            return List.of("-Xms" + max.get());
        }
        return max.isEmpty() ? List.of("-Xmx" + initial.get()) : List.of();
    }

    private static Optional<String> lastValue(List<String> options, String... prefixes) {
        String value = null;
        for (String o : options) {
            for (String prefix : prefixes) {
                if (o.startsWith(prefix) && o.length() > prefix.length()) {
                    value = o.substring(prefix.length());
                }
            }
        }
        return Optional.ofNullable(value);
    }

    /** Options the java launcher takes from the environment: not on the command line, but the child gets them too. */
    private static List<String> environmentOptions() {
        List<String> options = new ArrayList<>();
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                options.addAll(Arrays.asList(value.trim().split("\\s+")));
            }
        }
        return options;
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
        parentOptions.addAll(parentJvmOptions());
        List<String> command = command(javaCommand().orElseThrow(), parentOptions, classPath, args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", MALLOC_ARENAS);
        builder.environment().putIfAbsent("MALLOC_MMAP_THRESHOLD_", MALLOC_MMAP_THRESHOLD);
        if (asciiNames) {
            builder.environment().put("LC_ALL", ArgumentBytes.UTF8_LOCALE);
        }
        // Ctrl-C or a plain kill of the parent ends the child too, and the parent waits for it: the child
        // checkpoints a run on its way out, and a parent gone first would make it stop at once (followParent).
        // The hook is in place before the child starts, and a signal between the two cannot orphan it: the
        // child starts only if the hook has not begun, and the hook then sees it.
        Launched launched = new Launched();
        Thread stopChild = new Thread(() -> {
            Launched ending = launched.end();
            if (ending.child != null) {
                stop(ending.child);
                endArchiving(ending.archiving, sharing);
                sharing.ifPresent(c -> c.childEnded(ending.child.exitValue()));
            }
        }, "stop-child-jvm");
        Runtime.getRuntime().addShutdownHook(stopChild);
        Process child;
        synchronized (launched) {
            if (launched.ended) {
                return PARENT_GONE_EXIT; // asked to end before the app began: the hook ends this JVM
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

    /**
     * The child's shutdown after the parent's asked for it ({@link #run}'s hook) or the parent died: the app's
     * own shutdown (a run checkpointed) gets this long, then the process is halted.
     */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(4);
    /** The child's exit code when its parent died without ending it (as a shell reports a SIGKILL). */
    static final int PARENT_GONE_EXIT = 137;

    /** Asks the child to end (SIGTERM, or the OS's equivalent), then ends it and whatever it started. */
    static void stop(Process child) {
        child.destroy();
        try {
            if (child.waitFor(SHUTDOWN_GRACE.toMillis() + 500, TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
    }

    /**
     * In the child: if the parent dies without a chance to stop us (kill -9), end too, the way a SIGTERM
     * would (the app's shutdown runs), and in any case within {@link #SHUTDOWN_GRACE}.
     */
    static void followParent() {
        if (!"child".equals(System.getProperty(MARKER))) {
            return;
        }
        Optional<ProcessHandle> parent;
        try {
            String pid = System.getProperty(PARENT_PID);
            parent = pid != null ? ProcessHandle.of(Long.parseLong(pid)) : ProcessHandle.current().parent();
        } catch (NumberFormatException e) {
            parent = ProcessHandle.current().parent();
        }
        if (parent.isPresent() && parent.get().isAlive()) {
            parent.get().onExit().thenRun(JvmRelaunch::endWithinGrace);
        } else {
            endWithinGrace(); // the parent ended while this JVM started
        }
    }

    /** System.exit on its own thread, with a halt behind it should the shutdown not end in time. */
    static void endWithinGrace() {
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(SHUTDOWN_GRACE.toMillis()); // a deadline, not a wait for something to happen
            } catch (InterruptedException ignored) {
                // halt now
            }
            Runtime.getRuntime().halt(PARENT_GONE_EXIT);
        }, "halt-after-grace");
        halt.setDaemon(true);
        halt.start();
        new Thread(() -> System.exit(PARENT_GONE_EXIT), "exit-parent-gone").start();
    }

    /** This JVM's start, or the one handed down by a parent JVM. */
    static long launchedAtMillis() {
        String handed = System.getProperty(LAUNCHED_AT);
        if (handed != null) {
            try {
                return Long.parseLong(handed);
            } catch (NumberFormatException ignored) {
                // fall through to this JVM's own start
            }
        }
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * The options this JVM was started with, read from its command line: the JMX bean that lists them took
     * 60-110 ms to start, on the way to every window. Where the command line cannot be read, the bean.
     */
    private static List<String> parentJvmOptions() {
        return ProcessHandle.current().info().arguments()
                .map(argv -> jvmOptions(List.of(argv)))
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** Options whose value is the next argument; the class path among them is not passed on (the child gets its own). */
    private static final Set<String> WITH_VALUE = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
            "--upgrade-module-path", "--add-modules", "--limit-modules", "--add-reads", "--add-exports", "--add-opens",
            "--patch-module", "--enable-native-access");
    private static final Set<String> CLASS_PATH = Set.of("-cp", "-classpath", "--class-path");

    /**
     * The JVM options in a {@code java} command line ({@code argv} without the executable): everything before
     * the main class, {@code -jar} or {@code -m}, less the class path.
     */
    static List<String> jvmOptions(List<String> argv) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            if (!a.startsWith("-") || a.equals("-jar") || a.equals("-m") || a.equals("--module")) {
                break;
            }
            if (WITH_VALUE.contains(a)) {
                if (!CLASS_PATH.contains(a) && i + 1 < argv.size()) {
                    options.add(a);
                    options.add(argv.get(i + 1));
                }
                i++;
            } else if (!a.startsWith("--class-path=")) {
                options.add(a);
            }
        }
        return options;
    }

    /**
     * This JVM's java executable, if it has one: java.exe on Windows. An app image's runtime has none (jpackage
     * strips it); its launcher passes the options itself and sets the marker.
     */
    private static Optional<String> javaCommand() {
        Path java = javaExecutable(System.getProperty("java.home"), System.getProperty("os.name", ""));
        return Files.isExecutable(java) ? Optional.of(java.toString()) : Optional.empty();
    }

    static Path javaExecutable(String javaHome, String osName) {
        return Path.of(javaHome, "bin", osName.startsWith("Windows") ? "java.exe" : "java");
    }
}
