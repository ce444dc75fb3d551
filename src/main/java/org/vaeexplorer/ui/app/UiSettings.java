package org.vaeexplorer.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.vaeexplorer.ui.fx.Language;

/** What the window remembers between launches: that the first-launch hint was dismissed, and the language chosen. */
public interface UiSettings {

    boolean launchHintSeen();

    void rememberLaunchHintSeen();

    /** The language chosen under View > Language; empty until one is (the window then follows the OS). */
    Optional<Language> language();

    void rememberLanguage(Language language);

    /** The remembered language, else the one of the operating system's locale. */
    default Language languageOr(Locale system) {
        return language().orElseGet(() -> Language.of(system));
    }

    /** Remembered while the window is open only (tests, benchmarks). */
    static UiSettings inMemory() {
        return new UiSettings() {
            private boolean seen;
            private Language language;

            @Override
            public boolean launchHintSeen() {
                return seen;
            }

            @Override
            public void rememberLaunchHintSeen() {
                seen = true;
            }

            @Override
            public Optional<Language> language() {
                return Optional.ofNullable(language);
            }

            @Override
            public void rememberLanguage(Language chosen) {
                language = chosen;
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
        private static final String LANGUAGE = "language";
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
            IOException failed = store();
            if (failed != null) {
                LOG.warn("Could not write {}; the hint shows again next time", file, failed);
            }
        }

        @Override
        public Optional<Language> language() {
            // a tag no language has (a newer version's, an edit) counts as no choice
            return Optional.ofNullable(Language.ofTag(values.getProperty(LANGUAGE, "")));
        }

        @Override
        public void rememberLanguage(Language language) {
            values.setProperty(LANGUAGE, language.tag());
            IOException failed = store();
            if (failed != null) {
                LOG.warn("Could not write {}; the next launch follows the operating system's language", file, failed);
            }
        }

        /** Writes the file; returns why it could not, or null. */
        private IOException store() {
            try {
                Files.createDirectories(file.getParent());
                Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
                try (OutputStream out = Files.newOutputStream(temp)) {
                    values.store(out, "VAE Explorer");
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return null;
            } catch (IOException e) {
                return e;
            }
        }
    }
}
