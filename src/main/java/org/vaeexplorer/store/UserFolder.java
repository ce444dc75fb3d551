package org.vaeexplorer.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where a user's own files go (training runs, saved models, settings): the per-user data folder the OS
 * provides, never the working directory (wherever a launcher happened to start) or the installation folder
 * (read-only for an installed app).
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/vae-explorer}, or {@code ~/.local/share/vae-explorer} when
 *       XDG_DATA_HOME is unset or not absolute (XDG Base Directory Specification);</li>
 *   <li>Windows: {@code %APPDATA%\VAE Explorer} (the roaming profile), or {@code ~\AppData\Roaming\VAE Explorer};</li>
 *   <li>macOS: {@code ~/Library/Application Support/VAE Explorer}.</li>
 * </ul>
 * {@value #OVERRIDE_PROPERTY} (a system property) or {@value #OVERRIDE_ENV} (environment) names another folder:
 * the tests use it to keep their runs out of the user's folder.
 */
public final class UserFolder {

    public static final String OVERRIDE_PROPERTY = "vae.explorer.user.folder";
    public static final String OVERRIDE_ENV = "VAE_EXPLORER_USER_FOLDER";
    static final String APP_NAME = "VAE Explorer";
    static final String UNIX_NAME = "vae-explorer";

    private UserFolder() {
    }

    /** This user's folder on this machine. */
    public static Path get() {
        String osName = System.getProperty("os.name", "");
        return of(osName, System::getenv, home(osName, System::getenv, System.getProperty("user.home")),
                System.getProperty(OVERRIDE_PROPERTY));
    }

    /**
     * The home folder: $HOME on Linux and macOS, as the XDG specification and every other program there read
     * it (Java's user.home comes from the password database, and differs from $HOME when a launcher or a
     * test changed it); on Windows, user.home (%USERPROFILE%).
     */
    static Path home(String osName, UnaryOperator<String> env, String userHome) {
        String home = env.apply("HOME");
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        return !windows && nonBlank(home) ? Path.of(home) : Path.of(userHome);
    }

    /** Where training runs are kept, one model file each. */
    public static Path runs() {
        return get().resolve("runs");
    }

    /** Where Open and Save As start: the user's own models. */
    public static Path models() {
        return get().resolve("models");
    }

    /**
     * The rules, for an OS by name, its environment and the user's home: testable for every OS on any.
     *
     * @param overrideProperty the value of {@value #OVERRIDE_PROPERTY}, or null
     */
    static Path of(String osName, UnaryOperator<String> env, Path home, String overrideProperty) {
        String override = nonBlank(overrideProperty) ? overrideProperty : env.apply(OVERRIDE_ENV);
        if (nonBlank(override)) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.apply("APPDATA");
            Path roaming = nonBlank(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return roaming.resolve(APP_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_NAME);
        }
        String xdg = env.apply("XDG_DATA_HOME");
        // The specification: a relative path in XDG_DATA_HOME is invalid and is ignored.
        Path dataHome = nonBlank(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return dataHome.resolve(UNIX_NAME);
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
