package org.vaeexplorer.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelFileException;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.testing.FuzzBudget;
import org.vaeexplorer.testing.Mutations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds seeded random corruptions of real model files (a small trained-looking model and the shipped
 * latent-2 model) to the loader for a bounded time: raw byte damage, and damage inside an intact zip (the
 * JSON header's values replaced by zero, negative, NaN, huge ones; entries cut short, dropped or swapped).
 * Every input must end in a model or a {@link ModelFileException} naming the file, quickly and without
 * allocating far more than the file could hold.
 */
class ModelFileFuzzTest {

    private static final long BUDGET_NANOS = 8_000_000_000L;
    private static final long MAX_ALLOCATION = 64L << 20;
    private static final long MAX_NANOS_PER_FILE = 3_000_000_000L;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final String[] EXTREMES = {"0", "-1", "-2147483648", "2147483647", "4294967296",
            "1e309", "NaN", "\"x\"", "null", "[]", "99999999999999999999", "8193", "513", "0.0"};

    @TempDir
    Path dir;

    @Test
    void corruptModelFilesAreAnsweredWithAMessageNamingTheFile() throws Exception {
        VaeConfig small = new VaeConfig(6, 6, List.of(8), 2, 1e-3, 16, 3, 1.0, 0, 5);
        Vae vae = Vae.create(small);
        Path smallFile = dir.resolve("small.zip");
        ModelStore.save(smallFile, ModelFile.of(vae,
                Nd4j.rand(DataType.FLOAT, 1, 2 * vae.parameterCount()), TrainingHistory.EMPTY));
        List<Map<String, byte[]>> originals = List.of(entries(smallFile), entries(Path.of("models/mnist-latent2.zip")));

        Mutations mutations = new Mutations(1126L);
        long end = System.nanoTime() + BUDGET_NANOS;
        int tried = 0;
        int rejected = 0;
        while (System.nanoTime() < end || tried < 100) {
            Map<String, byte[]> original = originals.get(mutations.nextInt(10) < 8 ? 0 : 1);
            byte[] corrupt = switch (mutations.nextInt(3)) {
                case 0 -> mutations.mutate(zip(original), 64);
                case 1 -> zip(withHeader(original, mutateJson(original.get("vae-explorer.json"), mutations)));
                default -> zip(withEntryDamage(original, mutations));
            };
            Path file = dir.resolve("fuzz-" + tried + ".zip");
            Files.write(file, corrupt);
            FuzzBudget.Cost cost = FuzzBudget.of(() -> ModelStore.load(file).toVae());
            String input = file.getFileName() + " (" + corrupt.length + " bytes)";
            if (cost.thrown() != null) {
                if (!(cost.thrown() instanceof ModelFileException)) {
                    fail("the loader crashed on " + input, cost.thrown());
                }
                assertThat(cost.thrown().getMessage()).as(input).startsWith(file + ": ")
                        .doesNotContain("NullPointerException", "Cannot invoke", "because \"");
                rejected++;
            }
            assertThat(cost.allocatedBytes()).as("heap allocated loading " + input).isLessThan(MAX_ALLOCATION);
            assertThat(cost.nanos()).as("time loading " + input).isLessThan(MAX_NANOS_PER_FILE);
            Files.delete(file);
            tried++;
        }
        assertThat(rejected).as("rejected of " + tried).isGreaterThan(tried / 3);
    }

    /** One JSON number replaced by an extreme value, or a few bytes of the JSON text damaged. */
    private static byte[] mutateJson(byte[] json, Mutations mutations) {
        String text = new String(json, StandardCharsets.UTF_8);
        if (mutations.nextInt(4) == 0) {
            return mutations.mutate(json, json.length);
        }
        List<int[]> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(new int[] {m.start(), m.end()});
        }
        int[] at = numbers.get(mutations.nextInt(numbers.size()));
        String value = EXTREMES[mutations.nextInt(EXTREMES.length)];
        return (text.substring(0, at[0]) + value + text.substring(at[1])).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> withHeader(Map<String, byte[]> entries, byte[] header) {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put("vae-explorer.json", header);
        return copy;
    }

    /** An entry cut short, dropped, or holding another entry's bytes. */
    private static Map<String, byte[]> withEntryDamage(Map<String, byte[]> entries, Mutations mutations) {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        List<String> names = new ArrayList<>(copy.keySet());
        String name = names.get(mutations.nextInt(names.size()));
        switch (mutations.nextInt(3)) {
            case 0 -> copy.put(name, java.util.Arrays.copyOf(copy.get(name), mutations.nextInt(copy.get(name).length + 1)));
            case 1 -> copy.remove(name);
            default -> copy.put(name, copy.get(names.get(mutations.nextInt(names.size()))));
        }
        return copy;
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
