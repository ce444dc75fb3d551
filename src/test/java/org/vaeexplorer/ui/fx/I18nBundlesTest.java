package org.vaeexplorer.ui.fx;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vaeexplorer.testing.Bundles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's two languages, kept whole: both bundles have the same keys and give each the same format
 * arguments; every key the code names exists; and no class of the window holds a text a user reads as a string
 * literal (it would stay English in Chinese).
 */
class I18nBundlesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources", "org", "vaeexplorer", "ui", "fx");
    private static final Path UI_SOURCES = Path.of("src", "main", "java", "org", "vaeexplorer", "ui");

    /** A key as the code names it: dotted lower camel case, e.g. "menu.file.open". */
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(css|zip|json|properties|png|csv|txt|idx|gz|ubyte|tmp|xml)");
    /** java.util.Formatter's conversions, as they must agree between the languages. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /**
     * Calls whose string argument no user reads: ids, style classes and inline styles, lookups, the bundle's own
     * keys, log lines, exceptions for developers, resources, property names, date patterns.
     */
    private static final Pattern NOT_FOR_USERS = Pattern.compile(
            "(setId|getStyleClass\\(\\)\\.(add|addAll|remove|removeAll|contains)|setStyle|lookup|lookupAll|text|bind|"
                    + "trace|debug|info|warn|error|Exception|Error|requireNonNull|getResource|getResourceAsStream|"
                    + "Thread|ofPlatform|ofPattern|Wrapper|Property|startsWith|endsWith|equals|contains|getProperty|setProperty)"
                    + "\\([^()]*$");
    /** Names that are the same in every language. */
    private static final Set<String> NAMES = Set.of("VAE Explorer", "English", "MNIST", "IWAE", "ELBO", "AUROC", "ROC");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties english = load(Language.ENGLISH);
        Properties chinese = load(Language.SIMPLIFIED_CHINESE);
        assertThat(chinese.stringPropertyNames()).as("keys of the Chinese bundle")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void bothLanguagesFormatTheSameArguments() throws IOException {
        assertThat(Bundles.differingArguments(load(Language.ENGLISH), load(Language.SIMPLIFIED_CHINESE)))
                .as("texts whose languages take different format arguments").isEmpty();
    }

    @Test
    void everyChineseTextIsTranslated() throws IOException {
        Properties english = load(Language.ENGLISH);
        Properties chinese = load(Language.SIMPLIFIED_CHINESE);
        List<String> untranslated = chinese.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k) != null && english.getProperty(k).equals(chinese.getProperty(k)))
                .filter(k -> hasWords(english.getProperty(k)))
                .sorted().toList();
        assertThat(untranslated).as("Chinese texts still in English").isEmpty();
    }

    @Test
    void everyKeyTheWindowNamesExists() throws IOException {
        Set<String> keys = load(Language.ENGLISH).stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path file : javaFiles(UI_SOURCES)) {
            for (Literal literal : literals(file)) {
                String value = literal.value();
                if (KEY.matcher(value).matches() && !FILE_NAME.matcher(value).matches() && !keys.contains(value)
                        && !isPackageOrClassName(value)) {
                    missing.add(UI_SOURCES.relativize(file) + ":" + literal.line() + " " + value);
                }
            }
        }
        assertThat(missing).as("keys named in the code but in no bundle").isEmpty();
    }

    static Stream<String> features() throws IOException {
        try (Stream<Path> dirs = Files.walk(UI_SOURCES)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> javaFilesIn(d) > 0)
                    .map(d -> UI_SOURCES.relativize(d).toString().replace('/', '.'))
                    .map(p -> p.isEmpty() ? "ui" : "ui." + p)
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("features")
    void noClassOfTheWindowHoldsATextAUserReads(String feature) throws IOException {
        Path dir = feature.equals("ui") ? UI_SOURCES : UI_SOURCES.resolve(feature.substring(3).replace('.', '/'));
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (Literal literal : literals(file)) {
                    if (readByUsers(literal)) {
                        found.add(file.getFileName() + ":" + literal.line() + " \"" + literal.value() + "\"");
                    }
                }
            }
        }
        assertThat(found).as("user-visible texts written in the code of %s instead of the bundles", feature).isEmpty();
    }

    /** Words a user reads: a capitalised word or words with spaces between, outside the calls no user reads. */
    static boolean readByUsers(Literal literal) {
        String text = Bundles.CONVERSION.matcher(literal.value()).replaceAll(" ").strip();
        if (NAMES.contains(text) || text.startsWith("-fx-") || NOT_FOR_USERS.matcher(literal.before()).find()
                || literal.before().contains("FAMILIES =")) {
            return false;
        }
        if (literal.before().matches(".*(Font\\.font\\(|new IIOMetadataNode\\(|child\\(root, )$")) { return false; } // font families, GIF metadata names
        boolean capitalisedWord = text.matches("\\p{Lu}\\p{Ll}+.*");
        boolean words = text.matches(".*\\p{L}{2,}.*") && text.matches(".*\\p{L}.*\\s.*\\p{L}.*");
        return capitalisedWord || words;
    }

    private static boolean hasWords(String text) {
        return Bundles.CONVERSION.matcher(text).replaceAll(" ").matches(".*\\p{L}{2,}.*") && !NAMES.contains(text.strip());
    }

    private static boolean isPackageOrClassName(String value) {
        return value.startsWith("org.") || value.startsWith("java.") || value.startsWith("javafx.") || value.startsWith("prism.")
                || value.startsWith("glass.") || value.startsWith("jdk.") || value.startsWith("vae.");
    }

    static Properties load(Language language) throws IOException {
        String suffix = language == Language.ENGLISH ? "" : "_" + language.locale();
        return Bundles.load(RESOURCES.resolve("messages" + suffix + ".properties"));
    }

    /** A string literal of the code, the line it is on and the code before it on that statement. */
    record Literal(String value, int line, String before) {
    }

    /** The string literals of a Java file, comments taken out (text blocks are not used in the window). */
    static List<Literal> literals(Path file) throws IOException {
        String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
        List<Literal> found = new ArrayList<>();
        Matcher m = STRING_LITERAL.matcher(code);
        while (m.find()) {
            int statementStart = Math.max(Math.max(code.lastIndexOf(';', m.start()), code.lastIndexOf('{', m.start())),
                    code.lastIndexOf('}', m.start())) + 1;
            String before = code.substring(statementStart, m.start()).replaceAll("\\s+", " ");
            int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            found.add(new Literal(unescape(m.group(1)), line, before));
        }
        return found;
    }

    /** Comments blanked (newlines kept, so line numbers hold), strings and chars left as they are. */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < code.length() && code.charAt(end) != c) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                out.append(code, i, Math.min(end + 1, code.length()));
                i = end + 1;
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                code.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String unescape(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length()) {
                char next = literal.charAt(++i);
                if (next == 'u' && i + 4 < literal.length()) {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(switch (next) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> next;
                    });
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    private static long javaFilesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
