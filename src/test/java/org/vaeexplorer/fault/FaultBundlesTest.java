package org.vaeexplorer.fault;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.testing.Bundles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's faults say the same things in both languages, and every fault the code names has its texts. */
class FaultBundlesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources", "org", "vaeexplorer", "fault");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern NAMED_KEY = Pattern.compile("Fault\\.of\\(\\s*\"([^\"]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("faults_zh_CN").stringPropertyNames()).as("keys of the Chinese faults")
                .containsExactlyInAnyOrderElementsOf(load("faults").stringPropertyNames());
    }

    @Test
    void bothLanguagesFormatTheSameArguments() throws IOException {
        assertThat(Bundles.differingArguments(load("faults"), load("faults_zh_CN")))
                .as("faults whose languages take different arguments").isEmpty();
    }

    @Test
    void everyChineseFaultIsTranslated() throws IOException {
        Properties english = load("faults");
        Properties chinese = load("faults_zh_CN");
        List<String> untranslated = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).equals(chinese.getProperty(k)))
                .filter(k -> Bundles.CONVERSION.matcher(english.getProperty(k)).replaceAll(" ").matches(".*\\p{L}{2,}.*"))
                .sorted().toList();
        assertThat(untranslated).as("Chinese faults still in English").isEmpty();
    }

    @Test
    void everyFaultTheCodeNamesHasItsTexts() throws IOException {
        Set<String> keys = load("faults").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = NAMED_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(SOURCES.relativize(file) + " " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("faults named in the code but in no bundle").isEmpty();
    }

    @Test
    void aFaultInsideAFaultIsWordedInTheSameLanguage() {
        Fault inner = Fault.of("data.inFolder", "train-images-idx3-ubyte", "x", Path.of("/tmp/mnist"));
        Fault outer = Fault.of("file", Path.of("/tmp/a.zip"), inner);

        assertThat(outer.toString()).isEqualTo("/tmp/a.zip: train-images-idx3-ubyte: x [in /tmp/mnist]");
        assertThat(outer.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("/tmp/a.zip：train-images-idx3-ubyte：x（位于 /tmp/mnist）");
        assertThat(outer.in(Locale.ENGLISH)).as("English has no bundle of its own: the base one").isEqualTo(outer.toString());
    }

    private static Properties load(String name) throws IOException {
        return Bundles.load(RESOURCES.resolve(name + ".properties"));
    }
}
