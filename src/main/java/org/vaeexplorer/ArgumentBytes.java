package org.vaeexplorer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The program's arguments as the shell passed them, for a child JVM (see {@link JvmRelaunch}). In the C
 * locale ({@code LC_ALL=C}) Java reads arguments and file names as ASCII: every other byte becomes a
 * replacement character, and a folder named 数据 can be neither found nor passed on. The parent reads the
 * original bytes from its own command line, hands them to a child that runs in {@link #UTF8_LOCALE}, and
 * the child reads them back.
 */
final class ArgumentBytes {

    /** The arguments' original bytes, base64 of each followed by a NUL byte. */
    static final String PROPERTY = "vae.explorer.args";
    /** A locale every glibc since 2.35 has built in, and Debian and Ubuntu long before: C, with UTF-8 names. */
    static final String UTF8_LOCALE = "C.UTF-8";

    private ArgumentBytes() {
    }

    /** True in the C (POSIX) locale, where this JVM reads file names and arguments as ASCII and loses the rest. */
    static boolean fileNamesAreAscii() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).equals(StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The arguments' bytes as the shell passed them, read from /proc/self/cmdline (Linux), for a child that
     * can read them as UTF-8: base64 of the arguments, each ended by a NUL byte. Empty when every argument
     * is ASCII (nothing was lost) or the command line cannot be read and matched to {@code args}.
     */
    static Optional<String> encoded(String[] args) {
        if (Arrays.stream(args).allMatch(a -> a.chars().allMatch(c -> c < 0x80))) {
            return Optional.empty();
        }
        try {
            return encodedArguments(Files.readAllBytes(Path.of("/proc/self/cmdline")), args);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The last {@code args.length} words of a NUL-separated command line, if they are {@code args} as read in ASCII. */
    static Optional<String> encodedArguments(byte[] commandLine, String[] args) {
        List<byte[]> words = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < commandLine.length; i++) {
            if (commandLine[i] == 0) {
                words.add(Arrays.copyOfRange(commandLine, from, i));
                from = i + 1;
            }
        }
        if (words.size() < args.length) {
            return Optional.empty();
        }
        List<byte[]> mine = words.subList(words.size() - args.length, words.size());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < args.length; i++) {
            if (!new String(mine.get(i), StandardCharsets.US_ASCII).equals(args[i])) {
                return Optional.empty();
            }
            joined.writeBytes(mine.get(i));
            joined.write(0);
        }
        return Optional.of(Base64.getEncoder().encodeToString(joined.toByteArray()));
    }

    /** In the child: the arguments as the shell passed them, when the parent handed them down, else {@code args}. */
    static String[] arguments(String[] args) {
        String encoded = System.getProperty(PROPERTY);
        if (encoded == null) {
            return args;
        }
        byte[] bytes = Base64.getDecoder().decode(encoded);
        List<String> decoded = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                decoded.add(new String(bytes, from, i - from, StandardCharsets.UTF_8));
                from = i + 1;
            }
        }
        return decoded.size() == args.length ? decoded.toArray(String[]::new) : args;
    }
}
