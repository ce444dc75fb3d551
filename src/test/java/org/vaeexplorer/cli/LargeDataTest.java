package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.IdxReader;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.store.SampleSnapshot;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data larger than the memory left is refused from its headers, with one line saying what fits; a long
 * run keeps a bounded number of sample snapshots, so its checkpoints stay small.
 */
class LargeDataTest {

    @TempDir
    Path dir;

    /**
     * 400,000 training images of 28x28 (314 MB, a sparse file: no disk space used) for a process with a
     * 256 MB heap: it must not read them and fail, but say at once that they do not fit.
     */
    @Test
    void aDatasetLargerThanTheHeapIsRefusedWithOneLineSayingWhatFits() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"), 28, 64);
        int count = 400_000;
        Path images = data.resolve(DatasetLoader.TRAIN_IMAGES);
        Files.write(images, TinyDataset.idx(IdxReader.IMAGE_MAGIC, new int[] {count, 28, 28}, new byte[0]));
        try (RandomAccessFile file = new RandomAccessFile(images.toFile(), "rw")) {
            file.setLength(16L + (long) count * 28 * 28);
        }
        Path labels = data.resolve(DatasetLoader.TRAIN_LABELS);
        Files.write(labels, TinyDataset.idx(IdxReader.LABEL_MAGIC, new int[] {count}, new byte[count]));
        List<String> command = new ArrayList<>(CliProcess.inPlace("train", "--data", data.toString(), "--out",
                dir.resolve("m.zip").toString()));
        command.set(1, "-Xmx256m");

        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new CliProcess.Stderr(child).all();
        int exit = child.waitFor();

        assertThat(exit).as(stderr).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(stderr.lines().filter(l -> !l.isBlank()).toList()).as(stderr).singleElement().asString()
                .startsWith("vae-explorer: " + data)
                .contains("400000 training and 32 test images of 28x28 need about ")
                .containsPattern("about \\d+ images of 28x28 fit")
                .contains("-Xmx");
    }

    /** 60 epochs of 4 minibatches: today's strip would hold 65 snapshots, 16 images each. */
    @Test
    void aLongRunKeepsABoundedLogSpacedSetOfSampleSnapshots() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path out = dir.resolve("m.zip");

        CliRun run = CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--epochs", "60", "--batch", "16",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<SampleSnapshot> samples = ModelStore.load(out).history().samples();
        // The start, every epoch to the tenth, then epochs 20 and 50, and the last.
        assertThat(samples).extracting(SampleSnapshot::epochs)
                .containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 20.0, 50.0, 60.0);
    }

    /** A file written before the rule, with a snapshot per epoch of 150, still opens with all it holds. */
    @Test
    void aModelWithManySnapshotsFromBeforeStillLoads() throws Exception {
        assertThat(ModelStore.load(Path.of("models/mnist-latent2.zip")).history().samples()).hasSize(155);
    }
}
