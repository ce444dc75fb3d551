package org.vaeexplorer.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks shared by the tests that keep a pair of bundles (English, Chinese) whole: the window's and the faults'. */
public final class Bundles {

    /** A {@link String#format} conversion: {@code %s}, {@code %2$d}, {@code %.1f}, {@code %%}. */
    public static final Pattern CONVERSION = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?([a-zA-Z%])");

    private Bundles() {
    }

    /** A properties file read as UTF-8, as ResourceBundle reads it. */
    public static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    /** "key: english | chinese" for each text whose two languages take different format arguments. */
    public static List<String> differingArguments(Properties english, Properties chinese) {
        List<String> differing = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (chinese.containsKey(key)
                    && !conversions(english.getProperty(key)).equals(conversions(chinese.getProperty(key)))) {
                differing.add(key + ": " + english.getProperty(key) + " | " + chinese.getProperty(key));
            }
        }
        return differing;
    }

    /** The conversions of {@code pattern} in order, by kind ({@code s}, {@code d}, {@code f}), without {@code %%}. */
    public static List<String> conversions(String pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = CONVERSION.matcher(pattern);
        while (m.find()) {
            if (!m.group(3).equals("%")) {
                found.add(m.group(3).toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }
}
