package org.vaeexplorer.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vaeexplorer.fault.Explained;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class RunLockTest {

    @TempDir
    Path dir;

    @Test
    void oneHolderAtATimeNamedInTheRefusalAndTheFileGoneOnRelease() throws Exception {
        Path model = dir.resolve("m.zip");
        try (RunLock first = RunLock.acquire(model)) {
            assertThat(first.file()).isEqualTo(dir.resolve("m.zip.lock")).exists();
            assertThatThrownBy(() -> RunLock.acquire(model))
                    .isInstanceOf(RunLock.HeldException.class)
                    .hasMessage(model + ": another training run (process " + ProcessHandle.current().pid()
                            + ") is writing it and holds its lock " + first.file()
                            + "; wait until that run ends, or choose another --out");
            try (RunLock other = RunLock.acquire(dir.resolve("other.zip"))) {
                assertThat(other.file()).exists();
            }
        }
        assertThat(dir.resolve("m.zip.lock")).doesNotExist();
        try (RunLock again = RunLock.acquire(model)) {
            assertThat(again.file()).exists();
        }
    }

    @Test
    void theRefusalNamesTheHolderInChineseToo() throws Exception {
        Path model = dir.resolve("m.zip");
        try (RunLock first = RunLock.acquire(model)) {
            Throwable e = catchThrowable(() -> RunLock.acquire(model));
            assertThat(e).isInstanceOf(RunLock.HeldException.class).isInstanceOf(Explained.class);
            assertThat(((Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE))
                    .startsWith(model + "：").contains("进程 " + ProcessHandle.current().pid())
                    .contains(first.file().toString()).contains("--out").doesNotContain("another");
        }
    }
}
