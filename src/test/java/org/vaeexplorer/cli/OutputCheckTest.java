package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.fault.Explained;
import org.vaeexplorer.store.ModelFileException;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.store.RunLock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An output that cannot be written is refused before training starts, with one line naming it; a long
 * output name, whose temporary and checkpoint names would pass the file system's limit, is saved.
 */
class OutputCheckTest {

    @TempDir
    Path dir;

    private CliRun train(Path data, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("train", "--data", data.toString(), "--hidden", "8",
                "--epochs", "2", "--batch", "16", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static void assertRefusedBeforeTraining(CliRun run, String... mentions) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run.out()).isEmpty();
        // One line and nothing else: no epoch was trained, no checkpoint attempted.
        assertThat(run.errLines()).as(run.err()).singleElement().asString().startsWith("vae-explorer: ").contains(mentions);
    }

    @Test
    void anOutputUnderAParentThatIsAFileIsRefusedBeforeTraining() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path zip = Files.writeString(dir.resolve("some.zip"), "an archive");

        CliRun run = train(data, zip.resolve("x.zip"));

        assertRefusedBeforeTraining(run, "x.zip", zip + " is a file, not a folder");
        assertThat(zip).hasContent("an archive");
    }

    @Test
    void aNameLongerThanAFileSystemAllowsIsRefusedBeforeTraining() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path out = dir.resolve("m".repeat(252) + ".zip"); // 256 bytes

        assertRefusedBeforeTraining(train(data, out), "longer than the 255 bytes");
    }

    /**
     * 236 + 4 bytes: the model's own name fits, but its temporary file's (".NAME" + up to 20 random digits +
     * ".tmp") and its checkpoint's ("NAME.checkpoint", then its temporary file) would not, unshortened.
     */
    @Test
    void aLongOutputNameIsSavedAndCheckpointedWithShortenedSiblingNames() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path models = Files.createDirectories(dir.resolve("models"));
        for (int length : new int[] {236, 250}) {
            Path out = models.resolve("m".repeat(length) + ".zip");

            CliRun run = train(data, out, "--checkpoint-seconds", "0");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("checkpoint saved at epoch 1, minibatch 1: ");
            assertThat(ModelStore.load(out).history().epochCount()).isEqualTo(2);
            try (Stream<Path> files = Files.list(models)) {
                assertThat(files).as("the model alone: no checkpoint, lock or temporary file left").containsExactly(out);
            }
            Files.delete(out);
        }
    }

    /**
     * A folder the user may not write in. Root ignores permission bits, and the tests may run as root: the
     * process then runs as root without the capability that lets root write anywhere (CAP_DAC_OVERRIDE,
     * dropped with util-linux's setpriv), which is how the file system treats an ordinary user in a folder
     * that is not theirs. What this covers is the refusal itself, seen by a real process.
     */
    @Test
    void anOutputInAReadOnlyFolderIsRefusedBeforeTraining() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        Path out = readOnly.resolve("m.zip");
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("setpriv", "--inh-caps=-dac_override,-dac_read_search",
                    "--bounding-set=-dac_override,-dac_read_search"));
        }
        command.addAll(CliProcess.inPlace("train", "--data", data.toString(), "--hidden", "8", "--epochs", "2",
                "--batch", "16", "--out", out.toString()));
        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new CliProcess.Stderr(child).all();
        int exit = child.waitFor();

        assertThat(exit).as(stderr).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(stderr.lines().filter(l -> !l.isBlank()).toList()).as(stderr).singleElement().asString()
                .startsWith("vae-explorer: " + out).contains("permission denied in " + readOnly);
        try (Stream<Path> files = Files.list(readOnly)) {
            assertThat(files).isEmpty();
        }
    }

    /** A folder where the run's lock file goes: the lock cannot be made, and the fault names it in both languages. */
    @Test
    void aLockFileThatCannotBeCreatedIsRefusedBeforeTrainingNamingIt() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path out = dir.resolve("m.zip");
        Path lock = Files.createDirectories(RunLock.fileOf(out));

        assertRefusedBeforeTraining(train(data, out), lock + ": cannot create the run's lock file (");

        Throwable e = catchThrowable(() -> TrainCommand.lock(out));
        assertThat(e).isInstanceOf(ModelFileException.class).isInstanceOf(Explained.class);
        assertThat(((Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE)).startsWith(lock + "：无法创建本次训练的锁文件（");
    }
}
