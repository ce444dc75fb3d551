package org.vaeexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NativeRuntimeTest {

    private static final Set<String> AVX2 = Set.of("sse4_2", "avx", "avx2", "fma");
    private static final Set<String> AVX512 = Set.of("avx2", "fma", "avx512f", "avx512bw", "avx512dq", "avx512vl");

    @Test
    void namesEachPlatformAsJavaCppDoes() {
        assertThat(NativeRuntime.platform("Linux", "amd64")).isEqualTo("linux-x86_64");
        assertThat(NativeRuntime.platform("Linux", "aarch64")).isEqualTo("linux-arm64");
        assertThat(NativeRuntime.platform("Windows 11", "amd64")).isEqualTo("windows-x86_64");
        assertThat(NativeRuntime.platform("Mac OS X", "x86_64")).isEqualTo("macosx-x86_64");
        assertThat(NativeRuntime.platform("Mac OS X", "aarch64")).isEqualTo("macosx-arm64");
    }

    @Test
    void linuxX86TakesTheOneDnnBuildTheCpuRuns() {
        Set<String> linuxBuilds = Set.of("-onednn-avx2", "-onednn-avx512");
        assertThat(NativeRuntime.cpuExtension(AVX512, linuxBuilds::contains)).isEqualTo("-onednn-avx512");
        assertThat(NativeRuntime.cpuExtension(AVX2, linuxBuilds::contains)).isEqualTo("-onednn-avx2");
        assertThat(NativeRuntime.cpuExtension(Set.of("sse4_2"), linuxBuilds::contains)).isEmpty();
    }

    @Test
    void windowsAndIntelMacTakeTheAvx2BuildWhereOneDnnIsAbsent() {
        Set<String> avx2Only = Set.of("-avx2");
        assertThat(NativeRuntime.cpuExtension(AVX512, avx2Only::contains)).isEqualTo("-avx2");
        assertThat(NativeRuntime.cpuExtension(AVX2, avx2Only::contains)).isEqualTo("-avx2");
    }

    @Test
    void unknownFlagsOrNoCpuSpecificBuildGiveTheGenericBuild() {
        // arm64 (no AVX builds published) and an OS whose CPU flags could not be read
        assertThat(NativeRuntime.cpuExtension(AVX512, build -> false)).isEmpty();
        assertThat(NativeRuntime.cpuExtension(Set.of(), build -> true)).isEmpty();
    }

    @Test
    void theBuildOnThisClassPathIsOneThatExists() {
        String chosen = NativeRuntime.cpuExtension(NativeRuntime.cpuFlags());
        String platform = NativeRuntime.platform(System.getProperty("os.name"), System.getProperty("os.arch"));
        assertThat(getClass().getClassLoader().getResource("org/nd4j/linalg/cpu/nativecpu/bindings/" + platform + chosen
                + "/" + System.mapLibraryName("jnind4jcpu"))).isNotNull();
    }

    @Test
    void aBenchmarkSaysWhichCpuAndExtensionsItRanOn() {
        String x86 = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 9B14\nflags\t\t: fpu sse4_2 avx avx2 fma\n";
        String arm = "processor\t: 0\nBogoMIPS\t: 48.00\nFeatures\t: fp asimd\nModel\t\t: Raspberry Pi 4 Model B Rev 1.4\n";
        assertThat(NativeRuntime.cpuModel(x86)).isEqualTo("AMD EPYC 9B14");
        assertThat(NativeRuntime.cpuModel(arm)).isEqualTo("Raspberry Pi 4 Model B Rev 1.4");
        assertThat(NativeRuntime.cpuModel("processor\t: 0\n")).isNull();
        assertThat(NativeRuntime.vectorExtensions(AVX512)).contains("avx2").contains("avx512f").doesNotContain("asimd");
        assertThat(NativeRuntime.vectorExtensions(Set.of("fpu", "asimd"))).isEqualTo("asimd");
    }

    @Test
    void openBlasIsAskedForItsAvx512KernelsOnlyWhereTheCpuRunsThem() {
        Set<String> kernelsNeed = Set.of("avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl");
        assertThat(OpenBlasCore.wanted(union(AVX2, kernelsNeed))).contains("SkylakeX");
        assertThat(OpenBlasCore.wanted(AVX2)).isEmpty();
        // AVX-512 without the byte/word and conflict subsets (Xeon Phi): not what the kernels execute
        assertThat(OpenBlasCore.wanted(union(AVX2, Set.of("avx512f", "avx512dq", "avx512vl")))).isEmpty();
    }

    /** Windows and macOS: no /proc/cpuinfo, so what the JVM found decides, AVX-512 kernels included. */
    @Test
    void theJvmsVectorSettingsStandForTheFlagsWhereTheCpuCannotBeRead() {
        assertThat(OpenBlasCore.wanted(NativeRuntime.jvmCpuFlags(3, true))).contains("SkylakeX");
        assertThat(NativeRuntime.cpuExtension(NativeRuntime.jvmCpuFlags(3, true), "-avx2"::equals)).isEqualTo("-avx2");
        assertThat(OpenBlasCore.wanted(NativeRuntime.jvmCpuFlags(2, true))).isEmpty();
        assertThat(NativeRuntime.jvmCpuFlags(2, true)).containsExactlyInAnyOrder("avx2", "fma");
        assertThat(NativeRuntime.jvmCpuFlags(1, true)).isEmpty();
        assertThat(NativeRuntime.jvmCpuFlags(3, false)).isEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new java.util.HashSet<>(a);
        both.addAll(b);
        return both;
    }
}
