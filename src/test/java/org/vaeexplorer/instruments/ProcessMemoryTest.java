package org.vaeexplorer.instruments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessMemoryTest {

    private static final String STATUS = "Name:\tjava\nVmPeak:\t 9999999 kB\nVmHWM:\t  524288 kB\nVmRSS:\t  409600 kB\n";

    @TempDir
    Path dir;

    @Test
    void readsPeakAndCurrentResidentMemoryInMegabytes() throws IOException {
        Path status = Files.writeString(dir.resolve("status"), STATUS);

        ProcessMemory memory = new ProcessMemory(status);

        assertThat(memory.peakResidentMb()).isEqualTo(512);
        assertThat(memory.residentMb()).isEqualTo(400);
    }

    @Test
    void minusOneWithoutAUsableLine() {
        assertThat(ProcessMemory.kilobytes("Name:\tjava\nVmRSS:\t 1 kB\n", "VmHWM")).isEqualTo(-1);
        assertThat(ProcessMemory.kilobytes("VmHWM:\t lots kB\n", "VmHWM")).isEqualTo(-1);
        assertThat(ProcessMemory.kilobytes("VmHWM:\t 12 MB\n", "VmHWM")).isEqualTo(-1);
        assertThat(ProcessMemory.kilobytes("", "VmHWM")).isEqualTo(-1);
    }

    @Test
    void minusOneWhereThereIsNoStatusFile() {
        ProcessMemory memory = new ProcessMemory(dir.resolve("no-such-file"));

        assertThat(memory.peakResidentMb()).isEqualTo(-1);
        assertThat(memory.residentMb()).isEqualTo(-1);
    }
}
