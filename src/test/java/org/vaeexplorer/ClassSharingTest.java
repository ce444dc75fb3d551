package org.vaeexplorer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The class archive beside the jar is made over three window launches, none of which waits for it. */
class ClassSharingTest {

    private static final String[] WINDOW = new String[0];
    private static final String[] COMMAND = {"train", "--out", "m.zip"};
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    @Test
    void theFirstWindowLaunchRecordsItsClassesAndKeepsTheListOnlyWhenItEndsNormally() throws Exception {
        Path jar = Files.writeString(dir.resolve("vae-explorer.jar"), "jar");
        ClassSharing sharing = ClassSharing.of(jar.toString(), WINDOW).orElseThrow();
        assertThat(sharing.childOptions()).containsExactly("-XX:DumpLoadedClassList=" + sharing.classListBeingWritten());
        assertThat(sharing.archiveCommand(JAVA)).isEmpty();
        assertThat(ClassSharing.of(jar.toString(), COMMAND).orElseThrow().childOptions())
                .as("a command line run does not decide what the window's archive holds").isEmpty();

        Files.writeString(sharing.classListBeingWritten(), "java/lang/Object\n");
        sharing.childEnded(143);
        assertThat(sharing.classListBeingWritten()).doesNotExist();
        assertThat(sharing.classList()).as("a killed window's list may be partial").doesNotExist();

        Files.writeString(sharing.classListBeingWritten(), "java/lang/Object\n");
        sharing.childEnded(0);
        assertThat(sharing.classList()).hasContent("java/lang/Object");
        assertThat(sharing.childOptions()).as("the list is there: nothing to record, no archive yet").isEmpty();
    }

    @Test
    void theSecondMakesTheArchiveBesideTheWindowAndLaterOnesMapIt() throws Exception {
        Path jar = jarWith(Greeting.class);
        ClassSharing sharing = ClassSharing.of(jar.toString(), WINDOW).orElseThrow();
        Files.writeString(sharing.classList(), "java/lang/Object\njava/lang/String\n"
                + Greeting.class.getName().replace('.', '/') + "\n");

        List<String> command = sharing.archiveCommand(JAVA).orElseThrow();
        Process archiving = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(archiving.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(archiving.waitFor(120, TimeUnit.SECONDS)).isTrue();
        sharing.archiveMade(archiving.exitValue());
        assertThat(sharing.archive()).as("the archive (the dump said: %s)", output).isRegularFile();
        assertThat(sharing.archiveCommand(JAVA)).isEmpty();

        List<String> options = sharing.childOptions();
        assertThat(options).contains("-XX:SharedArchiveFile=" + sharing.archive(), "-Xlog:cds=off");
        // -Xshare:on refuses to start unless the archive maps; the class then comes from it.
        Process mapped = new ProcessBuilder(JAVA, "-Xshare:on", "-XX:SharedArchiveFile=" + sharing.archive(),
                "-Xlog:class+load=info", "-cp", jar.toString(), Greeting.class.getName()).redirectErrorStream(true).start();
        String loaded = new String(mapped.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(mapped.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(mapped.exitValue()).as(loaded).isZero();
        assertThat(loaded).contains(Greeting.class.getName() + " source: shared objects file");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(sharing.archive()).toMillis() + 60_000));
        assertThat(sharing.childOptions()).as("the jar was rebuilt: its classes are recorded anew")
                .containsExactly("-XX:DumpLoadedClassList=" + sharing.classListBeingWritten());
    }

    @Test
    void aFailedDumpLeavesNoArchiveAndNoTemporaryFile() throws Exception {
        Path jar = Files.writeString(dir.resolve("vae-explorer.jar"), "jar");
        ClassSharing sharing = ClassSharing.of(jar.toString(), WINDOW).orElseThrow();
        Files.writeString(sharing.classList(), "java/lang/Object\n");
        sharing.archiveMade(1);
        assertThat(sharing.archive()).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("vae-explorer.jar",
                    "vae-explorer.classlist");
        }
    }

    @Test
    void onlyAOneJarClassPathIsArchived() {
        assertThat(ClassSharing.of("target/classes" + java.io.File.pathSeparator + "lib/a.jar", WINDOW)).isEmpty();
        assertThat(ClassSharing.of("target/classes", WINDOW)).isEmpty();
    }

    private Path jarWith(Class<?> type) throws IOException {
        Path jar = dir.resolve("vae-explorer.jar");
        String entry = type.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry(entry));
            try (var in = type.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(zip);
            }
        }
        return jar;
    }

    /** A class of our own to archive and map. */
    public static final class Greeting {
        public static void main(String[] args) {
            System.out.println("hello");
        }
    }
}
