package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A result that cannot be written to stdout (a full disk, a closed stdout) is not an exit 0. */
class LostOutputTest {

    @TempDir
    Path dir;

    private Path trainedModel(Path data) {
        Path model = dir.resolve("m.zip");
        CliRun trained = CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--epochs", "1", "--batch", "16",
                "--out", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        return model;
    }

    @Test
    void aStdoutThatFailsEveryWriteEndsInAnErrorThatSaysSo() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path model = trainedModel(data);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("No space left on device");
                }
            }, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Cli.run(new String[] {"evaluate", "--json", model.toString(), "--data", data.toString()}, null, null);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertThat(code).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("vae-explorer: the output could not be written to standard output");
    }

    /** The issue's own cases, as a shell runs them: {@code > /dev/full} and a closed stdout ({@code >&-}). */
    @Test
    void evaluateJsonIntoAFullDiskOrAClosedStdoutExitsNonZero() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path model = trainedModel(data);
        String[] evaluate = {"evaluate", "--json", model.toString(), "--data", data.toString()};

        Process full = new ProcessBuilder(CliProcess.inPlace(evaluate)).redirectOutput(new File("/dev/full")).start();
        String fullErr = new CliProcess.Stderr(full).all();
        List<String> closedCommand = new ArrayList<>(List.of("bash", "-c", "exec \"$@\" >&-", "bash"));
        closedCommand.addAll(CliProcess.inPlace(evaluate));
        Process closed = new ProcessBuilder(closedCommand).start();
        String closedErr = new CliProcess.Stderr(closed).all();

        assertThat(full.waitFor()).as(fullErr).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(fullErr).contains("vae-explorer: the output could not be written to standard output");
        assertThat(closed.waitFor()).as(closedErr).isNotZero();
        assertThat(closedErr).contains("vae-explorer: the output could not be written to standard output");
    }
}
