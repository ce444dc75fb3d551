package org.vaeexplorer.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** What the window remembers between launches: for now, that the first-launch hint was dismissed. */
public interface UiSettings {

    boolean launchHintSeen();

    void rememberLaunchHintSeen();

    /** Remembered while the window is open only (tests, benchmarks). */
    static UiSettings inMemory() {
        return new UiSettings() {
            private boolean seen;

            @Override
            public boolean launchHintSeen() {
                return seen;
            }

            @Override
            public void rememberLaunchHintSeen() {
                seen = true;
            }
        };
    }

    /** settings.properties in the per-user folder (UserFolder): the user's, whichever folder the app is started from. */
    static UiSettings inUserFolder() {
        return file(org.vaeexplorer.store.UserFolder.get().resolve("settings.properties"));
    }

    /** A properties file; one that cannot be read counts as empty, one that cannot be written is logged. */
    static UiSettings file(Path file) {
        return new FileSettings(file);
    }

    /** The settings as a properties file, written whole to a temporary file and moved into place. */
    final class FileSettings implements UiSettings {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FileSettings.class);
        private static final String HINT_SEEN = "launchHintSeen";
        private final Path file;
        private final Properties values = new Properties();

        private FileSettings(Path file) {
            this.file = file;
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    values.load(in);
                } catch (IOException | IllegalArgumentException e) {
                    LOG.warn("Could not read {}; starting from no settings", file, e);
                }
            }
        }

        @Override
        public boolean launchHintSeen() {
            return Boolean.parseBoolean(values.getProperty(HINT_SEEN));
        }

        @Override
        public void rememberLaunchHintSeen() {
            values.setProperty(HINT_SEEN, "true");
            try {
                Files.createDirectories(file.getParent());
                Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
                try (OutputStream out = Files.newOutputStream(temp)) {
                    values.store(out, "VAE Explorer");
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                LOG.warn("Could not write {}; the hint shows again next time", file, e);
            }
        }
    }
}
