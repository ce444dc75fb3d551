package org.vaeexplorer.model;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.platform.unix.LibC;

import java.util.Optional;
import java.util.Set;

/**
 * Which CPU the matrix products of OpenBLAS are tuned for. ND4J's OpenBLAS (0.3.19) tells CPUs apart by family and
 * model as it loads, and takes a CPU newer than itself for an older one: AMD's Zen 4 and Zen 5, which run AVX-512,
 * get its AVX2 kernels ("Haswell"), with which an MLP epoch took a fifth longer than with its AVX-512 ones
 * ("SkylakeX"; docs/performance.md). On a CPU that has the AVX-512 subsets those kernels use, OpenBLAS is asked
 * for them; elsewhere it chooses as it always did.
 *
 * <p>OpenBLAS reads {@code OPENBLAS_CORETYPE} once, as it loads, from the process's environment, which Java
 * cannot change: it is set through the C library, before ND4J loads OpenBLAS. A value the user set wins. On
 * Windows each C runtime keeps its own copy of the environment; ND4J's OpenBLAS there is built with MinGW and
 * calls msvcrt.dll's {@code getenv}, so it is set in msvcrt's copy.
 */
public final class OpenBlasCore {

    public static final String VARIABLE = "OPENBLAS_CORETYPE";
    static final String AVX512_KERNELS = "SkylakeX";
    /** What OpenBLAS's SkylakeX kernels execute. */
    private static final Set<String> AVX512_SUBSETS = Set.of("avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl");

    private OpenBlasCore() {
    }

    /**
     * {@value #VARIABLE} for a child process this one starts, where this machine's CPU wants it: in a child's
     * environment from its start it costs nothing, where setting it in a running process loads JNA. Read from
     * /proc/cpuinfo alone, so the launcher JVM loads nothing more (elsewhere the child decides for itself).
     */
    public static Optional<String> wantedForChild() {
        return CpuInfo.flags().flatMap(OpenBlasCore::wanted);
    }

    /** The kernels to ask for on a CPU with these flags (as in /proc/cpuinfo), if any. */
    static Optional<String> wanted(Set<String> flags) {
        return flags.containsAll(AVX512_SUBSETS) ? Optional.of(AVX512_KERNELS) : Optional.empty();
    }

    /**
     * Sets {@value #VARIABLE} for this process where the CPU wants it and the user has not set it.
     *
     * @return the core type OpenBLAS will be told, the user's or ours; empty where OpenBLAS chooses by itself
     */
    static Optional<String> choose(Set<String> flags, String osName) {
        String users = System.getenv(VARIABLE);
        if (users != null && !users.isBlank()) {
            return Optional.of(users);
        }
        return wanted(flags).flatMap(kernels -> tell(kernels, osName));
    }

    /**
     * Tells OpenBLAS, before it loads in this process, to use {@code kernels} ("SkylakeX", "Haswell", ...), unless
     * this process has already been told.
     *
     * @return what this process's C library now holds, or empty where it could not be set (no JNA for this
     *         platform): OpenBLAS then chooses, as before, and only speed differs
     */
    static Optional<String> tell(String kernels, String osName) {
        try {
            if (osName.startsWith("Windows")) {
                Msvcrt msvcrt = (Msvcrt) Native.loadLibrary("msvcrt", Msvcrt.class);
                if (msvcrt.getenv(VARIABLE) == null && msvcrt._putenv(VARIABLE + "=" + kernels) != 0) {
                    return Optional.empty();
                }
                return Optional.ofNullable(msvcrt.getenv(VARIABLE));
            }
            // overwrite = 0: an earlier setting in this process (a test's, a launcher's) stays
            if (LibC.INSTANCE.setenv(VARIABLE, kernels, 0) != 0) {
                return Optional.empty();
            }
            return Optional.ofNullable(LibC.INSTANCE.getenv(VARIABLE));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The C runtime that MinGW programs use on Windows, with its own copy of the environment. */
    interface Msvcrt extends Library {
        String getenv(String name);

        /** "NAME=value"; in every msvcrt.dll, unlike _putenv_s. */
        int _putenv(String assignment);
    }
}
