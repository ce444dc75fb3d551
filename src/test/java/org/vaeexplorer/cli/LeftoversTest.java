package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Temporary files that a killed save left beside a model are removed by the next run on that model (it
 * holds the model's lock, so no live run is writing them); nobody else's files are touched.
 */
class LeftoversTest {

    @TempDir
    Path dir;

    @Test
    void theNextRunRemovesTheTemporaryFilesOfSavesThatNeverFinished() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path models = Files.createDirectories(dir.resolve("models"));
        Path out = models.resolve("m.zip");
        Path modelTemp = Files.writeString(models.resolve(".m.zip5830912317540195.tmp"), "half a model");
        Path checkpointTemp = Files.writeString(models.resolve(".m.zip.checkpoint12345.tmp"), "half a checkpoint");
        Path someoneElses = Files.writeString(models.resolve(".other.zip777.tmp"), "another model's save");
        Path notATemp = Files.writeString(models.resolve(".m.zip-notes.tmp"), "notes");

        CliRun run = CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--epochs", "1", "--batch", "16",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("note: removed 2 temporary files left by an interrupted save");
        assertThat(modelTemp).doesNotExist();
        assertThat(checkpointTemp).doesNotExist();
        try (Stream<Path> files = Files.list(models)) {
            assertThat(files).containsExactlyInAnyOrder(out, someoneElses, notATemp);
        }
    }
}
