package org.vaeexplorer.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;

class PeakMemoryTest {

    @Test
    void readsVmHwmFromProcStatus() {
        String status = "Name:\tjava\nVmPeak:\t 9999999 kB\nVmHWM:\t  524288 kB\nVmRSS:\t  400000 kB\n";

        assertThat(PeakMemory.parseVmHwmKb(status)).isEqualTo(524_288);
    }

    @Test
    void minusOneWithoutAUsableVmHwmLine() {
        assertThat(PeakMemory.parseVmHwmKb("Name:\tjava\nVmRSS:\t 1 kB\n")).isEqualTo(-1);
        assertThat(PeakMemory.parseVmHwmKb("VmHWM:\t lots kB\n")).isEqualTo(-1);
        assertThat(PeakMemory.parseVmHwmKb("VmHWM:\t 12 MB\n")).isEqualTo(-1);
        assertThat(PeakMemory.parseVmHwmKb("")).isEqualTo(-1);
    }

    @Test
    void thisProcessHasAPeakWhereProcExists() {
        long mb = PeakMemory.peakRssMb();

        if (Files.isReadable(PeakMemory.STATUS)) {
            assertThat(mb).isPositive();
        } else {
            assertThat(mb).isEqualTo(-1);
        }
    }
}
