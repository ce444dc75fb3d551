package org.vaeexplorer.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sets up ND4J before its first use, so that a plain {@code java -jar} behaves: the fastest native build
 * for this CPU, one native thread (a command line run may ask for more), and a cap on native memory.
 *
 * <p>One OpenMP/BLAS thread trains this small MLP fastest on a 2-core machine and leaves a core for the
 * JavaFX thread (ND4J's default thread pool spins, and slows down badly under load). JavaCPP's default
 * native budget is several times the heap, which let the process grow by gigabytes before garbage arrays
 * were freed.
 *
 * <h2>The native loading rule</h2>
 * {@link #configure()} runs to its end before anything else in the process loads native code: before the
 * JavaFX toolkit starts (GTK, Prism, fonts), before AWT or ImageIO, on every OS. Never load ND4J on a
 * background thread "to overlap" with those. Why: while ND4J's backend starts, JavaCPP's
 * {@code Loader.addressof} looks up BLAS symbols by calling {@code dlsym} inside a {@code dl_iterate_phdr}
 * callback. glibc's dynamic linker holds one of its two locks in that callback and takes the other in
 * {@code dlsym}; a {@code dlopen} on another thread (GTK's, when JavaFX's glass starts) takes them in the
 * other order. The two threads then wait for each other forever, inside the linker: the window never
 * opens, the process ignores SIGTERM and no JVM tool can attach. After {@code configure()} no JavaCPP code
 * looks up symbols again, so everything may load natives freely from then on.
 */
public final class NativeRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(NativeRuntime.class);

    /** Native memory JavaCPP may hold before it asks the GC to free dead arrays. */
    static final String NATIVE_BUDGET = "384m";
    private static final String BINDINGS = "org/nd4j/linalg/cpu/nativecpu/bindings/";

    private static boolean configured;
    /** What {@link OpenBlasCore} set, once {@link #chooseNativeBuild()} ran. */
    private static Optional<String> blasCore;
    private static int threads = 1;
    /** Threads inside {@link #withOneDnn} now; oneDNN is allowed while it is above zero. */
    private static int oneDnnUsers;

    private NativeRuntime() {
    }

    /**
     * Loads ND4J's natives and sets them up. Idempotent; call before anything touches ND4J, and before the
     * JavaFX toolkit starts (the native loading rule above). Properties a user set on the command line win.
     */
    public static synchronized void configure() {
        if (configured) {
            return;
        }
        configure(1);
    }

    /**
     * As {@link #configure()}, with {@code count} native threads for matrix products and the convolutions (a
     * command line run that may take every core); a second call changes the count.
     */
    public static synchronized void configure(int count) {
        if (configured) {
            useThreads(count);
            return;
        }
        chooseNativeBuild();
        Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
        var environment = Nd4j.getEnvironment();
        // libnd4j splits any op over 1024 elements across its thread pool, whatever maxThreads says; under
        // load those threads wait on each other, and a sum took many times longer (docs/performance.md).
        environment.setElementwiseThreshold(Integer.MAX_VALUE);
        environment.setTadThreshold(Integer.MAX_VALUE);
        // The oneDNN builds route more than convolutions through oneDNN: with it allowed everywhere, the MLP's
        // training step took several times as long. It is allowed only around the convolutions (withOneDnn).
        environment.allowHelpers(false);
        useThreads(count);
        configured = true;
        LOG.info("ND4J ready: native build '{}', {} thread(s)", System.getProperty("org.bytedeco.javacpp.platform.extension"),
                count);
    }

    private static void useThreads(int count) {
        var environment = Nd4j.getEnvironment();
        environment.setMaxMasterThreads(count);
        environment.setMaxThreads(count);
        Nd4j.factory().blas().setMaxThreads(count);
        threads = count;
    }

    /** The native threads set up by {@link #configure(int)}. */
    public static synchronized int threads() {
        return threads;
    }

    /**
     * Runs {@code op} with libnd4j's oneDNN implementations allowed (in the builds that have them): for the
     * convolutional VAE's convolutions and transposed convolutions, several times faster there than libnd4j's own
     * (docs/performance.md). The switch is process-wide in libnd4j, so it is counted: it stays on while any
     * thread is inside, and an op of another thread that runs meanwhile may use oneDNN too (as fast or slower,
     * never a different result beyond float rounding).
     */
    public static void withOneDnn(Runnable op) {
        if (!oneDnnBuild()) {
            // No oneDNN in this build (arm64, Windows, macOS, or a CPU without AVX2): libnd4j's own convolutions.
            op.run();
            return;
        }
        synchronized (NativeRuntime.class) {
            if (oneDnnUsers++ == 0) {
                Nd4j.getEnvironment().allowHelpers(true);
            }
        }
        try {
            org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads());
            op.run();
        } finally {
            synchronized (NativeRuntime.class) {
                if (--oneDnnUsers == 0) {
                    Nd4j.getEnvironment().allowHelpers(false);
                }
            }
        }
    }

    /** Whether the native build loaded (or to be loaded) is one with oneDNN inside. */
    static boolean oneDnnBuild() {
        String extension = System.getProperty("org.bytedeco.javacpp.platform.extension");
        return extension != null && extension.contains("onednn");
    }

    /**
     * The cheap half of {@link #configure()}: which native build JavaCPP loads and its memory budget (system
     * properties, no ND4J class touched). Once this ran, ND4J may load on any thread without picking a
     * build this CPU cannot run.
     */
    public static synchronized void chooseNativeBuild() {
        if (blasCore != null) {
            return;
        }
        setIfAbsent("org.bytedeco.javacpp.maxbytes", NATIVE_BUDGET);
        setIfAbsent("org.bytedeco.javacpp.maxphysicalbytes", "0");
        Set<String> flags = cpuFlags();
        setIfAbsent("org.bytedeco.javacpp.platform.extension", cpuExtension(flags));
        blasCore = OpenBlasCore.choose(flags, System.getProperty("os.name", ""));
    }

    /**
     * The kernels OpenBLAS was told to use ({@link OpenBlasCore}), e.g. "SkylakeX", or "its own choice" where it
     * chose by itself: for a benchmark figure to say what ran.
     */
    public static synchronized String blasKernels() {
        chooseNativeBuild();
        return blasCore.orElse("its own choice");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * "-onednn-avx512", "-avx512", "-onednn-avx2", "-avx2" or "" (the generic build): the first this CPU runs and
     * the class path holds. Which builds exist differs by platform (oneDNN ones on linux-x86_64 only, AVX2 also on
     * windows-x86_64 and macosx-x86_64, none on arm64; the pom's natives profiles add them), so the one asked for
     * is looked up, never assumed.
     */
    static String cpuExtension(Set<String> flags) {
        String platform = platform(System.getProperty("os.name"), System.getProperty("os.arch"));
        String library = System.mapLibraryName("jnind4jcpu");
        return cpuExtension(flags, build -> NativeRuntime.class.getClassLoader()
                .getResource(BINDINGS + platform + build + "/" + library) != null);
    }

    /** Testable core of {@link #cpuExtension(Set)}: {@code present} tells whether a build (by extension) is on the class path. */
    static String cpuExtension(Set<String> flags, Predicate<String> present) {
        boolean avx512 = flags.containsAll(Set.of("avx512f", "avx512bw", "avx512dq", "avx512vl"));
        boolean avx2 = flags.containsAll(Set.of("avx2", "fma"));
        for (String build : new String[] {"-onednn-avx512", "-avx512", "-onednn-avx2", "-avx2"}) {
            boolean runs = build.endsWith("avx512") ? avx512 : avx2;
            if (runs && present.test(build)) {
                return build;
            }
        }
        return "";
    }

    /** The native build loaded (or to be loaded), as JavaCPP names it: e.g. "linux-x86_64-onednn-avx512". */
    public static String nativeBuild() {
        String extension = System.getProperty("org.bytedeco.javacpp.platform.extension", "");
        return platform(System.getProperty("os.name"), System.getProperty("os.arch")) + extension;
    }

    /**
     * The CPU's name, for a benchmark figure to say where it was measured: Linux's /proc/cpuinfo "model name",
     * Windows' PROCESSOR_IDENTIFIER; elsewhere (macOS) the architecture alone.
     */
    public static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try {
                String model = cpuModel(Files.readString(cpuinfo));
                if (model != null) {
                    return model;
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("cannot read the CPU model", e);
            }
        }
        String windows = System.getenv("PROCESSOR_IDENTIFIER");
        return windows != null ? windows : System.getProperty("os.arch");
    }

    /** The "model name" (x86) or "Model" (ARM) line of a /proc/cpuinfo text, or null without one. */
    static String cpuModel(String cpuinfo) {
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            if (key.equals("model name") || key.equals("Model")) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    /** The vector extensions of this CPU that the native builds can use, e.g. "avx2 fma avx512f ...". */
    public static String vectorExtensions() {
        return vectorExtensions(cpuFlags());
    }

    /** Testable core of {@link #vectorExtensions()}: the vector flags among {@code flags}, in a fixed order. */
    static String vectorExtensions(Set<String> flags) {
        return String.join(" ", java.util.stream.Stream.of("sse4_2", "avx", "avx2", "fma", "avx512f", "avx512bw", "avx512dq",
                "avx512vl", "avx512_vnni", "avx512_bf16", "asimd", "sve").filter(flags::contains).toList());
    }

    /** JavaCPP's name for an OS and CPU, as in the natives' folder names: linux-x86_64, macosx-arm64, windows-x86_64, ... */
    static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String name = os.startsWith("windows") ? "windows"
                : os.startsWith("mac") ? "macosx"
                : os.split("[^a-z0-9]", 2)[0];
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86-64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            default -> osArch;
        };
        return name + "-" + arch;
    }

    /**
     * The CPU's feature flags, named as in Linux's /proc/cpuinfo. Elsewhere (macOS, Windows) there is no such file;
     * the JVM itself probed the CPU at start, and its UseAVX and UseFMA settings say what runs: 2 or more with FMA,
     * AVX2; 3, AVX-512. HotSpot takes 3 on AVX-512 F; every CPU with it since Skylake-SP (2017) also has the CD, BW,
     * DQ and VL subsets that OpenBLAS's AVX-512 kernels need, the Xeon Phi accelerators being the exception. Nothing
     * known: the generic build, which runs everywhere.
     */
    static Set<String> cpuFlags() {
        return CpuInfo.flags().orElseGet(NativeRuntime::jvmCpuFlags);
    }

    /** Testable core of the above: the flags HotSpot's UseAVX and UseFMA settings imply. */
    static Set<String> jvmCpuFlags(int useAvx, boolean fma) {
        if (useAvx < 2 || !fma) {
            return Set.of();
        }
        return useAvx >= 3 ? Set.of("avx2", "fma", "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl")
                : Set.of("avx2", "fma");
    }

    private static Set<String> jvmCpuFlags() {
        try {
            var hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            int useAvx = Integer.parseInt(hotSpot.getVMOption("UseAVX").getValue());
            boolean fma = Boolean.parseBoolean(hotSpot.getVMOption("UseFMA").getValue());
            return jvmCpuFlags(useAvx, fma);
        } catch (RuntimeException | LinkageError e) {
            // Not HotSpot, or not an x86 CPU (UseAVX exists only there): no AVX build applies.
            LOG.debug("cannot ask the JVM for CPU flags", e);
            return Set.of();
        }
    }
}
