package org.vaeexplorer.data;

import org.vaeexplorer.fault.Fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What a dataset's labels mean, for legends and titles: MNIST's are digits, Fashion-MNIST's are named
 * garments (Xiao, Rasul &amp; Vollgraf 2017, Table 1), and any other dataset's are plain class numbers.
 * IDX files say nothing about their labels, so a dataset folder may name them in a {@value #FILE} beside
 * them (a generated dataset keeps its source's names so); without one they are recognised by the folder's name.
 *
 * @param digits true when the images are handwritten digits (titles say "digit")
 * @param names  one name per label 0..9
 */
public record ClassNames(boolean digits, List<String> names) {

    public static final ClassNames DIGITS = new ClassNames(true,
            IntStream.range(0, ImageSet.NUM_CLASSES).mapToObj(Integer::toString).toList());
    public static final ClassNames FASHION = new ClassNames(false, List.of("T-shirt/top", "Trouser", "Pullover",
            "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"));
    public static final ClassNames NUMBERED = new ClassNames(false,
            IntStream.range(0, ImageSet.NUM_CLASSES).mapToObj(c -> "class " + c).toList());

    /** The file in a dataset folder that names its labels: one name a line, label 0's first. */
    public static final String FILE = "classes.txt";
    private static final String COMMENT = "#";

    public ClassNames {
        names = List.copyOf(names);
    }

    /** What a dataset's name says of its labels ("mnist", "fashion-mnist", anything else). */
    public static ClassNames fromDatasetName(String datasetName) {
        String name = datasetName.toLowerCase(Locale.ROOT);
        if (name.contains("fashion")) {
            return FASHION;
        }
        return name.contains("mnist") ? DIGITS : NUMBERED;
    }

    /**
     * The names {@code file} gives, one a line, label 0's first; blank lines and lines starting with "#" are
     * skipped. Names that are MNIST's or Fashion-MNIST's mean those datasets' classes (digits, and garments
     * named in the window's language).
     *
     * @throws DatasetException naming the file when it cannot be read or does not name exactly ten classes
     */
    public static ClassNames read(Path file) throws DatasetException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw DatasetException.inFile(file, Fault.of("data.cannotRead", e.getMessage()), e);
        }
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith(COMMENT)) {
                names.add(name);
            }
        }
        if (names.size() != ImageSet.NUM_CLASSES) {
            throw DatasetException.inFile(file, Fault.of("data.classNameCount", names.size(), ImageSet.NUM_CLASSES));
        }
        return named(names);
    }

    /** The classes these names mean: MNIST's digits or Fashion-MNIST's garments if they are theirs. */
    public static ClassNames named(List<String> names) {
        for (ClassNames known : List.of(DIGITS, FASHION, NUMBERED)) {
            if (known.names.equals(names)) {
                return known;
            }
        }
        return new ClassNames(false, names);
    }

    /** Writes these names to {@code dir}'s {@value #FILE}, which {@link #read} reads back as these. */
    public void write(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(COMMENT + " The name of each label of this dataset, label 0's first (VAE Explorer reads it).");
        lines.addAll(names);
        Path file = dir.resolve(FILE);
        Path partial = dir.resolve(FILE + ".partial");
        try {
            Files.write(partial, lines, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The name of label {@code c}: "7", "Trouser", "class 3". */
    public String name(int c) {
        return c >= 0 && c < names.size() ? names.get(c) : "class " + c;
    }

    /** "digit" or "image", for titles: "Decoded digit", "Least likely images". */
    public String item() {
        return digits ? "digit" : "image";
    }
}
