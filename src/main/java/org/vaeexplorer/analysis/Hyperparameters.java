package org.vaeexplorer.analysis;

import org.vaeexplorer.model.VaeConfig;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Hyperparameters in the short notation of a legend ("β=4, lr=1e-3"), and which of them tell a set of
 * runs apart: a legend that names only those reads at a glance.
 */
public final class Hyperparameters {

    /** The fields a legend may name, in the order it names them: the ones a class varies most first. */
    public enum Field {
        BETA("\u03b2", c -> number(c.beta())),
        WARMUP("warm-up", c -> number(c.warmupEpochs())),
        LEARNING_RATE("lr", c -> number(c.learningRate())),
        LATENT("latent", c -> Integer.toString(c.latentSize())),
        HIDDEN("hidden", c -> String.join("-", c.hiddenSizes().stream().map(String::valueOf).toList())),
        BATCH("batch", c -> Integer.toString(c.batchSize())),
        EPOCHS("epochs", c -> Integer.toString(c.epochs())),
        SEED("seed", c -> Long.toString(c.seed())),
        IMAGE("image", c -> c.imageRows() + "x" + c.imageCols());

        private final String symbol;
        private final Function<VaeConfig, String> value;

        Field(String symbol, Function<VaeConfig, String> value) {
            this.symbol = symbol;
            this.value = value;
        }

        String of(VaeConfig c) {
            return symbol + "=" + value.apply(c);
        }
    }

    private Hyperparameters() {
    }

    /** The fields whose values are not all equal across {@code configs}. */
    public static Set<Field> differing(List<VaeConfig> configs) {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (Field f : Field.values()) {
            if (configs.stream().map(f::of).distinct().count() > 1) {
                fields.add(f);
            }
        }
        return fields;
    }

    /** "β=4, lr=1e-3" for the given fields, in legend order. */
    public static String describe(VaeConfig c, Set<Field> fields) {
        List<String> parts = new ArrayList<>();
        for (Field f : Field.values()) {
            if (fields.contains(f)) {
                parts.add(f.of(c));
            }
        }
        return String.join(", ", parts);
    }

    /** The settings a class varies, for a table column (epochs have a column of their own). */
    public static String summary(VaeConfig c) {
        return describe(c, EnumSet.of(Field.BETA, Field.WARMUP, Field.LEARNING_RATE, Field.LATENT, Field.HIDDEN));
    }

    /** 4, 0.1, 1e-3, 2.5e-4: whole numbers plain, small ones as a power of ten. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) < 0.01) {
            String[] parts = String.format(Locale.ROOT, "%.3e", v).split("e");
            String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
            return mantissa + "e" + Integer.parseInt(parts[1]);
        }
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
