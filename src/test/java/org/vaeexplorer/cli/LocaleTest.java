package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the C locale ({@code LC_ALL=C}) Java reads command-line arguments and file names as ASCII: a folder
 * named 数据 ("data") arrived as replacement characters and was reported missing. A plain start, which
 * relaunches itself in a child JVM, must train on it and save into it.
 *
 * <p>The shell makes the folder and passes its name as bytes (printf escapes), so this test holds whatever
 * the locale of the JVM running it.
 */
class LocaleTest {

    @TempDir
    Path dir;

    @Test
    void aFolderWithChineseCharactersWorksUnderLcAllC() throws Exception {
        TinyDataset.write(dir.resolve("data"));
        String script = """
                set -e
                name=$(printf '\\346\\225\\260\\346\\215\\256')
                mv "$DIR/data" "$DIR/$name"
                "$JAVA" -cp "$CP" org.vaeexplorer.Main train --data "$DIR/$name" --hidden 8 --epochs 1 --batch 16 \\
                    --out "$DIR/$name/m.zip"
                test -s "$DIR/$name/m.zip"
                """;
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("VAE_EXPLORER_SAME_JVM"));
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("DIR", dir.toString());
        builder.environment().put("JAVA", CliProcess.java());
        builder.environment().put("CP", System.getProperty("java.class.path"));

        Process shell = builder.start();
        String stderr = new CliProcess.Stderr(shell).all();

        assertThat(shell.waitFor()).as(stderr).isZero();
        assertThat(stderr).doesNotContain("vae-explorer:");
    }
}
