package org.vaeexplorer.data;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the files that ship with the app (models/, assets/mnist) where the app is: beside or above the jar or
 * classes folder its code was loaded from. Installed, that is the app image's lib/app folder (jpackage puts the
 * jar and the shipped files there); from source, the project folder, two levels above target/classes or
 * target/vae-explorer.jar. The working directory is tried last, for a jar copied elsewhere and run from the
 * project folder: never first, so that an installed app started from any folder reads its own files.
 */
public final class InstallFolder {

    /** How many folders above the jar / classes folder to look. */
    private static final int MAX_LEVELS_UP = 3;

    private static final Logger LOG = LoggerFactory.getLogger(InstallFolder.class);

    private InstallFolder() {
    }

    /** {@code relative} (a file or folder) where the app is installed, or empty if it is nowhere to be found. */
    public static Optional<Path> find(Path relative) {
        return candidates(relative, Path.of("").toAbsolutePath(), codeLocation()).stream().filter(Files::exists).findFirst();
    }

    /** The places {@link #find} tries, in order; {@code codeLocation} may be null. */
    static List<Path> candidates(Path relative, Path workingDir, Path codeLocation) {
        List<Path> tried = new ArrayList<>();
        if (codeLocation != null) {
            Path folder = codeLocation.toAbsolutePath().getParent();
            for (int i = 0; i < MAX_LEVELS_UP && folder != null; i++, folder = folder.getParent()) {
                tried.add(folder.resolve(relative).normalize());
            }
        }
        tried.add(workingDir.resolve(relative).normalize());
        return tried;
    }

    /** The jar or classes folder this class was loaded from, or null. */
    static Path codeLocation() {
        try {
            CodeSource source = InstallFolder.class.getProtectionDomain().getCodeSource();
            URL url = source == null ? null : source.getLocation();
            return url == null ? null : Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException | SecurityException e) {
            LOG.debug("cannot tell where {} was loaded from", InstallFolder.class, e);
            return null;
        }
    }
}
