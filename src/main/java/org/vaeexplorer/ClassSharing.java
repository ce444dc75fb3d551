package org.vaeexplorer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Class data sharing for {@code java -jar}: the classes a window launch loads (JavaFX, ND4J, Jackson, ours)
 * are archived beside the jar ({@code vae-explorer.jsa}) and mapped from there at later starts instead of
 * being read, parsed and verified again (docs/performance.md has the launch times with and without).
 *
 * <p>The archive is made in three launches of the window, none of which waits for it:
 * <ol>
 *   <li>no class list yet: the app records the classes it loads ({@code -XX:DumpLoadedClassList}); the list
 *       ({@code vae-explorer.classlist}) is kept when the app ends normally;</li>
 *   <li>a list but no archive: while the window runs, a second JVM makes the archive from the list
 *       ({@code -Xshare:dump}) at low priority; if the app ends first, that JVM is ended with it and the
 *       next launch tries again;</li>
 *   <li>an archive: mapped.</li>
 * </ol>
 * Why not the JVM's own archive-at-exit ({@code -XX:ArchiveClassesAtExit}): it dumps while the process
 * ends, which took several seconds, longer than the app may take to end once asked (docs/architecture.md).
 * A stale list or archive (the jar rebuilt since) is made anew; only a class path of one jar can be archived
 * (not target/classes), and only where the jar's folder is writable (not an installed app's).
 */
final class ClassSharing {

    /** stdout may be a {@code --json} answer: the JVM says nothing about the archive. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path jar;
    private final boolean opensWindow;

    private ClassSharing(Path jar, boolean opensWindow) {
        this.jar = jar;
        this.opensWindow = opensWindow;
    }

    /** For a launch with {@code classPath} and the app's {@code args}; empty where nothing can be archived. */
    static Optional<ClassSharing> of(String classPath, String[] args) {
        if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        boolean opensWindow = args.length == 0 || args[0].startsWith("--model") || args[0].startsWith("--data");
        return Optional.of(new ClassSharing(Path.of(classPath).toAbsolutePath(), opensWindow));
    }

    Path archive() {
        return sibling(".jsa");
    }

    Path classList() {
        return sibling(".classlist");
    }

    /** Where this launch's child records its classes before the list is kept. */
    Path classListBeingWritten() {
        return sibling(".classlist." + ProcessHandle.current().pid() + ".tmp");
    }

    private Path sibling(String extension) {
        return jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", extension));
    }

    /** The child JVM's options: map the archive, or record the classes a window loads, or nothing. */
    List<String> childOptions() {
        if (fresh(archive())) {
            List<String> use = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive()));
            use.addAll(QUIET);
            return use;
        }
        if (opensWindow && !fresh(classList()) && Files.isWritable(jar.getParent())) {
            return List.of("-XX:DumpLoadedClassList=" + classListBeingWritten());
        }
        return List.of();
    }

    /**
     * The command that makes the archive from the class list, for this launch to run beside the window, or
     * empty when there is nothing to make.
     */
    Optional<List<String>> archiveCommand(String java) {
        if (!opensWindow || fresh(archive()) || !fresh(classList()) || !Files.isWritable(jar.getParent())) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
            command.addAll(List.of("/usr/bin/nice", "-n", "19")); // the window the user waits for comes first
        }
        command.addAll(List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList(),
                "-XX:SharedArchiveFile=" + archiveBeingWritten(), "-Xlog:cds=off", "-cp", jar.toString()));
        return Optional.of(command);
    }

    private Path archiveBeingWritten() {
        return sibling(".jsa." + ProcessHandle.current().pid() + ".tmp");
    }

    /** The archiving JVM has ended: its archive replaces any older one if it succeeded, and is removed otherwise. */
    void archiveMade(int exitCode) {
        keepOrDelete(archiveBeingWritten(), archive(), exitCode == 0);
    }

    /** The child has ended: the classes it recorded become the list if it ended normally, and are removed otherwise. */
    void childEnded(int exitCode) {
        keepOrDelete(classListBeingWritten(), classList(), exitCode == 0);
    }

    private static void keepOrDelete(Path written, Path kept, boolean keep) {
        try {
            if (keep && Files.isRegularFile(written) && Files.size(written) > 0) {
                Files.move(written, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(written);
            } catch (IOException | RuntimeException ignored) {
                // a temporary file beside the jar; the next launch writes another
            }
        }
    }

    /** A file made from this jar: there, and not older than the jar. */
    private boolean fresh(Path file) {
        try {
            return Files.isRegularFile(file)
                    && !Files.getLastModifiedTime(file).toInstant().isBefore(Files.getLastModifiedTime(jar).toInstant());
        } catch (IOException e) {
            return false;
        }
    }
}
