package org.vaeexplorer.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SiblingFilesTest {

    @TempDir
    Path dir;

    private static int bytes(Path file) {
        return file.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void shortNamesGetTheSuffixAsIs() {
        assertThat(SiblingFiles.withSuffix(dir.resolve("m.zip"), ".checkpoint")).isEqualTo(dir.resolve("m.zip.checkpoint"));
        assertThat(SiblingFiles.tempPrefix(dir.resolve("m.zip"))).isEqualTo(".m.zip");
    }

    @Test
    void longNamesAreShortenedWithAHashWithinTheLimitTheSameEveryTime() throws Exception {
        for (String name : new String[] {"m".repeat(250) + ".zip", "模型".repeat(40) + ".zip"}) {
            Path model = dir.resolve(name);
            Path checkpoint = SiblingFiles.withSuffix(model, ".checkpoint");

            assertThat(bytes(checkpoint)).isLessThanOrEqualTo(SiblingFiles.MAX_NAME_BYTES);
            assertThat(checkpoint.getFileName().toString()).endsWith(".checkpoint").startsWith(name.substring(0, 20));
            assertThat(SiblingFiles.withSuffix(model, ".checkpoint")).isEqualTo(checkpoint);
            assertThat(SiblingFiles.withSuffix(dir.resolve(name.replace(".zip", ".ZIP")), ".checkpoint"))
                    .as("another long name, another hash").isNotEqualTo(checkpoint);
            Path temp = Files.createTempFile(dir, SiblingFiles.tempPrefix(checkpoint), SiblingFiles.tempSuffix());
            assertThat(SiblingFiles.tempNames(checkpoint).matcher(temp.getFileName().toString()).matches()).isTrue();
            assertThat(SiblingFiles.tempNames(model).matcher(temp.getFileName().toString()).matches()).isFalse();
        }
    }
}
