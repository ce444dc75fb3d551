package org.vaeexplorer.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.LossParts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An evaluation kept beside a run: written whole or not at all, read back as written. */
class KeptEvaluationTest {

    @TempDir
    Path dir;

    static KeptEvaluation sample(double trainedEpochs) {
        FullEvaluation figures = new FullEvaluation(-138.25, 100, 10_000, 0.875,
                new double[] {0.1, 0.2, 0.05, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, 12.5, 0.03, 0.27, 2,
                new double[] {3.5, 2.25}, 0.04, 0.9901);
        return new KeptEvaluation(trainedEpochs, new LossParts(135.5, 7.25), figures, 61.5);
    }

    @Test
    void whatIsWrittenIsReadBack() throws IOException {
        Path file = dir.resolve("runs").resolve("run-20261202-180000-abcd.evaluation.json");
        KeptEvaluation written = sample(3.5);

        written.write(file);
        KeptEvaluation read = KeptEvaluation.read(file);

        assertThat(read).usingRecursiveComparison().isEqualTo(written);
        assertThat(read.judges(3.5)).isTrue();
        assertThat(read.judges(4.0)).as("a run trained further since").isFalse();
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left beside it").containsExactly(file);
        }
    }

    @Test
    void writingAgainReplacesTheFiguresWhole() throws IOException {
        Path file = dir.resolve("e.json");
        sample(1).write(file);

        sample(2).write(file);

        assertThat(KeptEvaluation.read(file).trainedEpochs()).isEqualTo(2);
    }

    @Test
    void noFileMeansNoEvaluationAndAFileOfSomethingElseIsNamed() throws IOException {
        assertThat(KeptEvaluation.read(dir.resolve("none.json"))).isNull();

        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"model\": 3}");
        assertThatThrownBy(() -> KeptEvaluation.read(other)).isInstanceOf(IOException.class)
                .hasMessageContaining(other.toString()).hasMessageContaining("not an evaluation");
        Files.writeString(other, "{\"trainedEpochs\": 1, \"te");
        assertThatThrownBy(() -> KeptEvaluation.read(other)).hasMessageContaining(other.toString());
    }

    @Test
    void aFileOfSomethingElseIsNamedInChinese() throws IOException {
        Path other = Files.writeString(dir.resolve("other.json"), "{\"model\": 3}");

        assertThatThrownBy(() -> KeptEvaluation.read(other))
                .satisfies(e -> assertThat(((org.vaeexplorer.fault.Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE))
                        .startsWith(other + "：不是评估文件（"));
    }
}
