package org.vaeexplorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-user folder on each OS, by its name: no system property or environment variable of this JVM is read. */
class UserFolderTest {

    private static final Path HOME = Path.of("/home/ana");

    private static Path folder(String osName, Map<String, String> env) {
        return UserFolder.of(osName, env::get, HOME, null);
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(folder("Linux", Map.of("XDG_DATA_HOME", "/data/ana")))
                .isEqualTo(Path.of("/data/ana/vae-explorer"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnsetOrRelative() {
        assertThat(folder("Linux", Map.of())).isEqualTo(HOME.resolve(".local/share/vae-explorer"));
        assertThat(folder("Linux", Map.of("XDG_DATA_HOME", "relative/data")))
                .isEqualTo(HOME.resolve(".local/share/vae-explorer"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\Ana Lúcia\\AppData\\Roaming";
        assertThat(folder("Windows 11", Map.of("APPDATA", appData))).isEqualTo(Path.of(appData, "VAE Explorer"));
        assertThat(folder("Windows 10", Map.of())).isEqualTo(HOME.resolve("AppData/Roaming/VAE Explorer"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(folder("Mac OS X", Map.of("XDG_DATA_HOME", "/data/ana")))
                .isEqualTo(HOME.resolve("Library/Application Support/VAE Explorer"));
    }

    @Test
    void neverTheWorkingDirectory() {
        Path workingDir = Path.of("").toAbsolutePath();
        for (String os : new String[] {"Linux", "Windows 11", "Mac OS X", "FreeBSD"}) {
            assertThat(folder(os, Map.of()).isAbsolute()).as(os).isTrue();
            assertThat(folder(os, Map.of()).startsWith(workingDir)).as(os).isFalse();
        }
    }

    @Test
    void theHomeIsHomeOnUnixAndTheUserProfileOnWindows() {
        Map<String, String> env = Map.of("HOME", "/tmp/teacher");
        assertThat(UserFolder.home("Linux", env::get, "/root")).isEqualTo(Path.of("/tmp/teacher"));
        assertThat(UserFolder.home("Mac OS X", env::get, "/Users/ana")).isEqualTo(Path.of("/tmp/teacher"));
        assertThat(UserFolder.home("Linux", Map.<String, String>of()::get, "/root")).isEqualTo(Path.of("/root"));
        assertThat(UserFolder.home("Windows 11", env::get, "C:\\Users\\ana")).isEqualTo(Path.of("C:\\Users\\ana"));
    }

    @Test
    void theOverrideWinsPropertyFirst() {
        Map<String, String> env = Map.of(UserFolder.OVERRIDE_ENV, "/tmp/from-env", "XDG_DATA_HOME", "/data/ana");
        assertThat(UserFolder.of("Linux", env::get, HOME, null)).isEqualTo(Path.of("/tmp/from-env"));
        assertThat(UserFolder.of("Linux", env::get, HOME, "/tmp/from-property")).isEqualTo(Path.of("/tmp/from-property"));
    }
}
