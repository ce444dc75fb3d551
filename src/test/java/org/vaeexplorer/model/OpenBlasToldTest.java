package org.vaeexplorer.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What {@link OpenBlasCore#tell} sets reaches OpenBLAS as it loads, on this OS's own path (the C library's
 * environment on Linux and macOS, msvcrt.dll's copy on Windows): a JVM of its own tells it "Haswell", then makes
 * ND4J load OpenBLAS, which says what it chose ({@code OPENBLAS_VERBOSE=2}: "Core: ..."). Haswell, not the AVX-512
 * kernels, since it runs on any x86 CPU with AVX2 and is not what OpenBLAS picks by itself on an AVX-512 one.
 */
class OpenBlasToldTest {

    @Test
    void theKernelsThisProcessIsToldAreTheKernelsOpenBlasLoads() throws Exception {
        assumeTrue(NativeRuntime.cpuFlags().containsAll(List.of("avx2", "fma")), "needs an x86 CPU with AVX2");
        String java = System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java";
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", java).toString(),
                "-cp", System.getProperty("java.class.path"), Told.class.getName(), "Haswell");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(OpenBlasCore.VARIABLE);
        builder.environment().put("OPENBLAS_VERBOSE", "2");

        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out.lines().filter(l -> l.startsWith("Core: ")).map(l -> l.substring(6).strip()))
                .as(out).containsOnly("Haswell").isNotEmpty();
        assertThat(out).contains("told Haswell");
    }

    /** The child: tells OpenBLAS, then loads it with a product. */
    public static final class Told {
        public static void main(String[] args) {
            String os = System.getProperty("os.name");
            System.out.println("told " + OpenBlasCore.tell(args[0], os).orElse("nothing"));
            System.out.println("product " + Nd4j.ones(4, 4).mmul(Nd4j.ones(4, 4)).sumNumber());
        }
    }
}
