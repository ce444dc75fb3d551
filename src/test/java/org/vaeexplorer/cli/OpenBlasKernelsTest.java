package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * OpenBLAS runs its AVX-512 kernels on a CPU that has AVX-512, whatever its model, and the kernels a user asks for
 * otherwise. What OpenBLAS loaded is read from its own words ({@code OPENBLAS_VERBOSE=2}: "Core: ..."), in a
 * process of its own: it chooses once, as it loads.
 */
class OpenBlasKernelsTest {

    private static final Set<String> AVX512_SUBSETS = Set.of("avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl");

    @TempDir
    Path dir;

    @Test
    void aCpuWithAvx512GetsOpenBlasAvx512Kernels() throws Exception {
        assumeTrue(cpuFlags().containsAll(AVX512_SUBSETS), "needs a Linux machine with AVX-512");

        assertThat(coresLoaded(null, false)).as("run in place").containsOnly("SkylakeX");
        assertThat(coresLoaded(null, true)).as("in the JVM that a plain java starts").containsOnly("SkylakeX");
    }

    @Test
    void kernelsTheUserAskedForWin() throws Exception {
        assumeTrue(cpuFlags().containsAll(Set.of("avx2", "fma")), "needs a Linux machine with AVX2");

        assertThat(coresLoaded("Haswell", false)).containsOnly("Haswell");
        assertThat(coresLoaded("Haswell", true)).containsOnly("Haswell");
    }

    /**
     * The "Core: X" lines of a short training run, with OPENBLAS_CORETYPE set to {@code asked} unless null; run in
     * place, or relaunched as a plain {@code java} command is (the child then gets its settings from the parent).
     */
    private List<String> coresLoaded(String asked, boolean relaunched) throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        List<String> command = new ArrayList<>(CliProcess.inPlace("train", "--data", data.toString(), "--hidden", "8",
                "--latent", "2", "--epochs", "1", "--batch", "16", "--out", dir.resolve("m.zip").toString()));
        if (relaunched) {
            command.remove("-Dvae.explorer.jvm=test");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("OPENBLAS_VERBOSE", "2");
        builder.environment().remove("OPENBLAS_CORETYPE");
        if (asked != null) {
            builder.environment().put("OPENBLAS_CORETYPE", asked);
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        List<String> cores = out.lines().filter(l -> l.startsWith("Core: ")).map(l -> l.substring(6).strip()).toList();
        assertThat(cores).as(out).isNotEmpty();
        return cores;
    }

    private static Set<String> cpuFlags() throws Exception {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return Set.of();
        }
        return Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("flags")).findFirst()
                .map(l -> Set.copyOf(Arrays.asList(l.substring(l.indexOf(':') + 1).trim().split("\\s+"))))
                .orElse(Set.of());
    }
}
