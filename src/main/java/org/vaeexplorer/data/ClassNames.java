package org.vaeexplorer.data;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What a dataset's labels mean, for legends and titles: MNIST's are digits, Fashion-MNIST's are named
 * garments (Xiao, Rasul &amp; Vollgraf 2017, Table 1), and any other dataset's are plain class numbers.
 * Recognised by the dataset's (folder) name, the only thing IDX files say about themselves.
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

    public ClassNames {
        names = List.copyOf(names);
    }

    public static ClassNames of(Dataset d) {
        String name = d.name().toLowerCase(Locale.ROOT);
        if (name.contains("fashion")) {
            return FASHION;
        }
        return name.contains("mnist") ? DIGITS : NUMBERED;
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
