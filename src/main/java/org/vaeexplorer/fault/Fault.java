package org.vaeexplorer.fault;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What went wrong with a user's file or value, kept as a key of the bundle {@value #BUNDLE} and the values it
 * names rather than as a sentence, so that each reader words it in its own language: the command line in
 * English ({@link #toString}), the window in the language chosen there ({@link #in}).
 *
 * <p>A text is a {@link String#format} pattern. An argument that is itself a fault is worded in the same
 * language (a file's fault inside "file: fault"); any other argument is formatted as it is.
 *
 * @param key       the bundle's key, named after the layer that finds the fault: {@code data.noSuchFolder}
 * @param arguments the values the text names: files, sizes, the value that was refused
 */
public record Fault(String key, List<Object> arguments) {

    static final String BUNDLE = "org.vaeexplorer.fault.faults";

    public Fault {
        // Arrays.asList, not List.of: an argument may be null (a value that was missing)
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    public static Fault of(String key, Object... arguments) {
        return new Fault(key, Arrays.asList(arguments));
    }

    /**
     * What {@code failure} says went wrong: its fault if it kept one, else its message in the words of whoever
     * threw it (the JDK, a library), or its class's name when it has none.
     */
    public static Fault describing(Throwable failure) {
        if (failure instanceof Explained explained) {
            return explained.fault();
        }
        String message = failure.getMessage();
        return of("reason", message == null ? failure.getClass().getSimpleName() : message);
    }

    /** The text in {@code locale}'s language, English where the bundle has no such language. */
    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // FaultBundlesTest finds every key the code names; this is for a build without it
            return key + " " + arguments;
        }
        Object[] values = arguments.stream().map(a -> a instanceof Fault f ? f.in(locale) : a).toArray();
        return values.length == 0 ? pattern : String.format(locale, pattern, values);
    }

    /** The text in English, as the command line and the logs say it. */
    @Override
    public String toString() {
        return in(Locale.ROOT);
    }
}
