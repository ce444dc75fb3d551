package org.vaeexplorer.ui.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.ui.fx.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The language chosen under View &gt; Language, remembered in the settings file; before any choice, the OS's. */
class UiSettingsLanguageTest {

    @TempDir
    Path dir;

    @Test
    void theChosenLanguageIsRememberedByTheNextLaunch() {
        Path file = dir.resolve("user").resolve("settings.properties");
        UiSettings first = UiSettings.file(file);
        first.rememberLaunchHintSeen();
        first.rememberLanguage(Language.SIMPLIFIED_CHINESE);

        UiSettings next = UiSettings.file(file); // a new launch reads the file afresh
        assertThat(next.language()).contains(Language.SIMPLIFIED_CHINESE);
        assertThat(next.languageOr(Locale.US)).isEqualTo(Language.SIMPLIFIED_CHINESE); // the choice beats the OS
        assertThat(next.launchHintSeen()).isTrue(); // one setting does not wipe the other

        next.rememberLanguage(Language.ENGLISH);
        assertThat(UiSettings.file(file).languageOr(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void anUnknownLanguageCountsAsNoChoice() throws IOException {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "launchHintSeen=true\nlanguage=tlh\n"); // a newer version's language, or an edit
        UiSettings settings = UiSettings.file(file);
        assertThat(settings.language()).isEmpty();
        assertThat(settings.languageOr(Locale.FRANCE)).isEqualTo(Language.ENGLISH);
        assertThat(settings.languageOr(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(settings.launchHintSeen()).isTrue();
    }

    @Test
    void theFirstStartFollowsTheOperatingSystem() {
        for (UiSettings fresh : new UiSettings[] {UiSettings.file(dir.resolve("none.properties")), UiSettings.inMemory()}) {
            assertThat(fresh.language()).isEmpty();
            assertThat(fresh.languageOr(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.SIMPLIFIED_CHINESE); // zh_CN
            assertThat(fresh.languageOr(Locale.TRADITIONAL_CHINESE)).isEqualTo(Language.SIMPLIFIED_CHINESE); // zh_TW
            assertThat(fresh.languageOr(Locale.forLanguageTag("zh-Hans-SG"))).isEqualTo(Language.SIMPLIFIED_CHINESE);
            assertThat(fresh.languageOr(Locale.ENGLISH)).isEqualTo(Language.ENGLISH);
            assertThat(fresh.languageOr(Locale.FRENCH)).isEqualTo(Language.ENGLISH);
        }
    }

    @Test
    void aLanguageChosenInMemoryIsKeptWhileTheWindowIsOpen() {
        UiSettings settings = UiSettings.inMemory();
        settings.rememberLanguage(Language.SIMPLIFIED_CHINESE);
        assertThat(settings.languageOr(Locale.ENGLISH)).isEqualTo(Language.SIMPLIFIED_CHINESE);
    }
}
