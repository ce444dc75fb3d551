package org.vaeexplorer.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * Names of the files kept beside a model file (its checkpoint, its run lock, the temporary file a save
 * writes first), always within the file system's limit on a name. A long model name with a suffix or a
 * temporary file's random digits appended could pass the limit, so that the model could never be saved,
 * however long it had trained. Such a name is shortened: its beginning, then a hash of the whole name, so
 * the same model file always gets the same sibling names.
 */
public final class SiblingFiles {

    /** Longest file name, in bytes: NAME_MAX of Linux and macOS file systems (Windows: 255 UTF-16 units). */
    public static final int MAX_NAME_BYTES = 255;
    /** The random part {@link java.nio.file.Files#createTempFile} inserts: an unsigned long, at most 20 digits. */
    private static final int TEMP_RANDOM_DIGITS = 20;
    private static final String TEMP_SUFFIX = ".tmp";
    private static final String HASH_SEPARATOR = "~";

    private SiblingFiles() {
    }

    /** {@code file} with {@code suffix} appended to its name ("m.zip" -> "m.zip.checkpoint"), shortened if needed. */
    public static Path withSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        return file.resolveSibling(fitted(name, MAX_NAME_BYTES - utf8Length(suffix)) + suffix);
    }

    /** The prefix of a temporary file written before it replaces {@code target}: hidden, named after it. */
    public static String tempPrefix(Path target) {
        return "." + fitted(target.getFileName().toString(),
                MAX_NAME_BYTES - 1 - TEMP_RANDOM_DIGITS - TEMP_SUFFIX.length());
    }

    public static String tempSuffix() {
        return TEMP_SUFFIX;
    }

    /** Matches the names of the temporary files of saves of {@code target} ({@code .m.zip<digits>.tmp}). */
    public static Pattern tempNames(Path target) {
        return Pattern.compile(Pattern.quote(tempPrefix(target)) + "\\d+" + Pattern.quote(TEMP_SUFFIX));
    }

    /** True if {@code file}'s own name is within {@link #MAX_NAME_BYTES}. */
    public static boolean nameFits(Path file) {
        return utf8Length(file.getFileName().toString()) <= MAX_NAME_BYTES;
    }

    /** {@code name} if it takes at most {@code maxBytes}, else its beginning, "~" and 8 hex digits of its hash. */
    static String fitted(String name, int maxBytes) {
        if (utf8Length(name) <= maxBytes) {
            return name;
        }
        CRC32C crc = new CRC32C();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        String hash = HASH_SEPARATOR + HexFormat.of().toHexDigits((int) crc.getValue());
        int budget = maxBytes - hash.length();
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = utf8Length(new String(Character.toChars(codePoint)));
            if (bytes + size > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return kept + hash;
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
