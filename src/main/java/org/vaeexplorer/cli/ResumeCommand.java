package org.vaeexplorer.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The command line that continues an interrupted run, as the user can paste it into a shell: the same
 * jar when the program runs from one ({@code java -jar .../vae-explorer.jar train --resume FILE}), else the
 * program's name.
 */
final class ResumeCommand {

    /** Characters a POSIX shell takes literally; anything else is single-quoted. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ResumeCommand() {
    }

    static String of(Path out) {
        return launcher(System.getProperty("java.class.path")) + " train --resume " + quoted(out.toAbsolutePath().toString());
    }

    static String launcher(String classPath) {
        if (classPath != null && classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            return "java -jar " + quoted(Path.of(classPath).toAbsolutePath().toString());
        }
        return Cli.NAME;
    }

    static String quoted(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
