package org.vaeexplorer;

import org.vaeexplorer.model.OpenBlasCore;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of the child JVM that {@link JvmRelaunch} starts: same java, the options the app needs, the
 * parent's own options after them (so a user's {@code -Xmx} still wins, and sets the fixed heap's size), same
 * class path and arguments.
 *
 * <p>Why these options: with the JVM's defaults on a laptop, G1 may grow the heap to a quarter of the RAM and
 * aims at 200 ms pauses, and glibc gives every thread that calls malloc its own arena and keeps freed big
 * blocks; resident memory was then far above a fixed heap's and kept growing while the window trained
 * (docs/performance.md, "memory"). {@code ./mvnw javafx:run} passes the same JVM options itself (not the malloc
 * settings, which are environment variables).
 */
final class ChildJvmOptions {

    private static final String G1 = "-XX:+UseG1GC";
    /** A fixed, pre-touched heap: resident memory is the same after a minute as after an hour. */
    static final String HEAP = "512m";
    static final List<String> JVM_OPTIONS = List.of("-XX:+DisplayVMOutputToStderr", "-XX:+AlwaysPreTouch", G1,
            "-XX:MaxGCPauseMillis=20");
    /** The parent's process id, handed to the child: its parent may be gone before the child looks. */
    static final String PARENT_PID = "vae.explorer.parentPid";
    /**
     * When the app was started, in epoch milliseconds: the parent's start, handed to the child, so that a
     * launch time measured in the child includes the relaunch.
     */
    static final String LAUNCHED_AT = "vae.explorer.launchedAt";
    /** Fewer malloc arenas: ND4J's native buffers come from malloc on several threads. */
    static final String MALLOC_ARENAS = "2";
    /**
     * Native arrays of 128 KB and more get their own mapping, returned to the system when freed. glibc
     * otherwise raises this threshold as big blocks are freed, after which big arrays come from the
     * arenas and freeing them leaves the process as large as before (resident memory that only grew).
     */
    static final String MALLOC_MMAP_THRESHOLD = "131072";
    /**
     * For {@code train}, a process that ends, whose memory matters only at its peak: big blocks stay in the
     * arenas and are reused. Each step of the convolutional VAE frees and allocates buffers of megabytes, and
     * with their own mappings the kernel zeroes their pages afresh every step (docs/performance.md).
     */
    static final String MALLOC_MMAP_THRESHOLD_TRAIN = "67108864";
    /** Kept with the one above, so that glibc does not hand the freed buffers back after every step. */
    static final String MALLOC_TRIM_THRESHOLD_TRAIN = "268435456";

    /** Options whose value is the next argument; the class path among them is not passed on (the child gets its own). */
    private static final Set<String> WITH_VALUE = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
            "--upgrade-module-path", "--add-modules", "--limit-modules", "--add-reads", "--add-exports", "--add-opens",
            "--patch-module", "--enable-native-access");
    private static final Set<String> CLASS_PATH = Set.of("-cp", "-classpath", "--class-path");

    private ChildJvmOptions() {
    }

    /**
     * OpenMP threads that wait for work sleep instead of spinning: with {@code --threads 2} on two cores, the
     * spinning threads took the cores the work needed, and an epoch took twice as long as on one thread.
     */
    static final String OMP_WAIT_POLICY = "PASSIVE";

    /**
     * The native libraries' settings for a child that runs {@code args}, in its environment {@code env}:
     * glibc's malloc, with which the window and every other command keep their memory flat and {@code train}
     * keeps its big buffers, OpenMP's waiting, and OpenBLAS's kernels (the child would otherwise set those itself,
     * see OpenBlasCore). A value the user set in the environment wins.
     */
    static void nativeSettings(Map<String, String> env, String[] args) {
        nativeSettings(env, args, OpenBlasCore.wantedForChild());
    }

    /** As above, with the OpenBLAS kernels this CPU wants given. */
    static void nativeSettings(Map<String, String> env, String[] args, Optional<String> openBlasKernels) {
        openBlasKernels.ifPresent(kernels -> env.putIfAbsent(OpenBlasCore.VARIABLE, kernels));
        env.putIfAbsent("OMP_WAIT_POLICY", OMP_WAIT_POLICY);
        env.putIfAbsent("MALLOC_ARENA_MAX", MALLOC_ARENAS);
        boolean train = args.length > 0 && args[0].equals("train");
        env.putIfAbsent("MALLOC_MMAP_THRESHOLD_", train ? MALLOC_MMAP_THRESHOLD_TRAIN : MALLOC_MMAP_THRESHOLD);
        if (train) {
            env.putIfAbsent("MALLOC_TRIM_THRESHOLD_", MALLOC_TRIM_THRESHOLD_TRAIN);
        }
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
        command.add("-D" + JvmRelaunch.MARKER + "=child");
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
     * The options this JVM was started with, read from its command line: the JMX bean that lists them is slow
     * to start, on the way to every window. Where the command line cannot be read, the bean.
     */
    static List<String> parentJvmOptions() {
        return ProcessHandle.current().info().arguments()
                .map(argv -> jvmOptions(List.of(argv)))
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

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
    static Optional<String> javaCommand() {
        Path java = javaExecutable(System.getProperty("java.home"), System.getProperty("os.name", ""));
        return Files.isExecutable(java) ? Optional.of(java.toString()) : Optional.empty();
    }

    static Path javaExecutable(String javaHome, String osName) {
        return Path.of(javaHome, "bin", osName.startsWith("Windows") ? "java.exe" : "java");
    }
}
