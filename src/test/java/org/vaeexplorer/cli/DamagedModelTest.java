package org.vaeexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model file whose header lacks a value it needs gets a message naming the file and what is missing,
 * never Java's own NullPointerException text.
 */
class DamagedModelTest {

    @TempDir
    Path dir;

    @Test
    void missingValuesInAModelFileAreNamedInWordsNotAsANullPointer() throws Exception {
        Path data = TinyDataset.write(dir.resolve("data"));
        Path model = dir.resolve("m.zip");
        CliRun trained = CliRun.of("train", "--data", data.toString(), "--hidden", "8", "--epochs", "1", "--batch", "16",
                "--out", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        Map<String, UnaryOperator<String>> damage = new LinkedHashMap<>();
        damage.put("no-header.zip", json -> "null");
        damage.put("null-epoch.zip", json -> json.replaceFirst("\"epochs\" : \\[ \\{", "\"epochs\" : [ null, {"));
        damage.put("null-sample.zip", json -> json.replaceFirst("\"samples\" : \\[ \\{", "\"samples\" : [ null, {"));
        damage.put("null-grey.zip", json -> json.replaceFirst("\"grey\" : \"[^\"]*\"", "\"grey\" : null"));
        damage.put("null-hidden.zip", json -> json.replaceFirst("\"hiddenSizes\" : \\[ 8 \\]", "\"hiddenSizes\" : null"));
        damage.put("null-layer.zip", json -> json.replaceFirst("\"hiddenSizes\" : \\[ 8 \\]", "\"hiddenSizes\" : [ null ]"));
        damage.put("null-loss.zip", json -> json.replaceFirst("\"train\" : \\{[^}]*\\}", "\"train\" : null"));

        for (Map.Entry<String, UnaryOperator<String>> d : damage.entrySet()) {
            Path damaged = withHeader(model, dir.resolve(d.getKey()), d.getValue());

            CliRun run = CliRun.of("evaluate", damaged.toString(), "--data", data.toString());

            assertThat(run.exitCode()).as(d.getKey() + ": " + run.err()).isEqualTo(Cli.EXIT_BAD_INPUT);
            assertThat(run.errLines()).as(d.getKey()).singleElement().asString()
                    .startsWith("vae-explorer: " + damaged + ": ")
                    .doesNotContain("NullPointerException", "Cannot invoke", "because \"", "is null");
        }
    }

    /** A copy of {@code model} whose JSON header is {@code edit}ed (which must change it). */
    private static Path withHeader(Path model, Path copy, UnaryOperator<String> edit) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(model.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith(".json")) {
                    String json = new String(content, StandardCharsets.UTF_8);
                    String edited = edit.apply(json);
                    assertThat(edited).as(copy.getFileName() + " changes the header").isNotEqualTo(json);
                    content = edited.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return Files.write(copy, bytes.toByteArray());
    }
}
