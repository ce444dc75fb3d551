package org.vaeexplorer.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A path that must name a file. {@code --out models/} names a folder, but a {@link Path} drops the
 * trailing slash, and the model would be written as a file called "models": such a value is refused
 * (with what to write instead) rather than guessed at.
 */
final class FileNameConverter implements ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        if (value.endsWith("/") || value.endsWith(File.separator)) {
            throw new TypeConversionException("'" + value + "' names a folder (it ends with "
                    + value.charAt(value.length() - 1) + "); give a file name, e.g. " + value + "model.zip");
        }
        return toPath(value);
    }

    /**
     * Any path argument. One this Java cannot express as a file name is explained: in the C locale
     * (LC_ALL=C) Java takes file names to be ASCII, and a name such as 数据 arrives as replacement
     * characters. A plain {@code java -jar} relaunch hands its child the original bytes (JvmRelaunch);
     * this message is for a JVM started without it.
     */
    static Path toPath(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "' cannot be used as a file name here: this Java reads"
                    + " file names as " + System.getProperty("sun.jnu.encoding") + " (from LC_ALL / LANG); run it in"
                    + " a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
        }
    }
}
