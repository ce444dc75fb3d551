package org.vaeexplorer.ui.fx;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

import org.vaeexplorer.fault.Explained;
import org.vaeexplorer.fault.Fault;

import java.io.UncheckedIOException;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The window's words, in the language chosen under View &gt; Language: every text a user reads comes from the
 * bundle {@value #BUNDLE} ({@code messages.properties}, English; {@code messages_zh_CN.properties}, Simplified
 * Chinese) by a key. A text with arguments is a {@link String#format} pattern ({@code %d}, {@code %.1f}; a
 * literal per cent sign is {@code %%}), formatted for the language's locale.
 *
 * <p>Nodes <em>bind</em> their texts ({@link #bind}), so a change of language shows at once, without rebuilding
 * the window. A text made for the moment (a dialog's, a message a view model passes on) is {@link #text}. One
 * language for the whole window: JavaFX code reads and changes it on the FX thread; a background task may read
 * {@link #text} too, the bundle being immutable and published through a volatile field.
 */
public final class I18n {

    static final String BUNDLE = "org.vaeexplorer.ui.fx.messages";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(I18n.class);
    private static final ReadOnlyObjectWrapper<Language> LANGUAGE = new ReadOnlyObjectWrapper<>(Language.ENGLISH);
    private static volatile ResourceBundle bundle = bundle(Language.ENGLISH);

    private I18n() {
    }

    /** The text of {@code key} in the current language, formatted with {@code args} when there are any. */
    public static String text(String key, Object... args) {
        return text(bundle, LANGUAGE.get(), key, args);
    }

    /** The text of {@code key} in {@code language}. */
    public static String text(Language language, String key, Object... args) {
        return text(bundle(language), language, key, args);
    }

    /**
     * What {@code failure} says went wrong, in the current language where the engine kept its {@link Fault} (a
     * model file's, a dataset's, a refused value's), else its message as the JDK or a library wrote it.
     */
    public static String detail(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Explained explained) {
                return explained.fault().in(LANGUAGE.get().locale());
            }
            if (!(t instanceof UncheckedIOException || t instanceof CompletionException || t instanceof ExecutionException)) {
                break;
            }
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.toString();
    }

    /** The text of {@code key}, following the language: bind a node's text property to it. */
    public static StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> text(key, args), LANGUAGE.getReadOnlyProperty());
    }

    /**
     * A text made anew whenever the language or one of {@code dependencies} changes: for a text that shows a
     * value, e.g. {@code bind(() -> text("epoch.of", epoch.get(), epochs.get()), epoch, epochs)}.
     */
    public static StringBinding bind(Supplier<String> text, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        all[0] = LANGUAGE.getReadOnlyProperty();
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(text::get, all);
    }

    /** {@code labeled} showing the text of {@code key}, following the language; returned for use in place. */
    public static <T extends Labeled> T bound(T labeled, String key) {
        labeled.textProperty().bind(bind(key));
        return labeled;
    }

    public static ReadOnlyObjectProperty<Language> languageProperty() {
        return LANGUAGE.getReadOnlyProperty();
    }

    /**
     * Runs {@code redo} after every change of language for as long as {@code owner} lives: for what is drawn or
     * set rather than bound (a canvas, a chart). The language holds the listener weakly, so a closed window is
     * not kept alive by it.
     */
    public static void onChange(Node owner, Runnable redo) {
        ChangeListener<Language> listener = (obs, was, now) -> redo.run();
        owner.getProperties().put(new Object(), listener); // held as long as the node
        LANGUAGE.getReadOnlyProperty().addListener(new WeakChangeListener<>(listener));
    }

    public static Language language() {
        return LANGUAGE.get();
    }

    /** Switches every bound text to {@code language}; on the FX thread. */
    public static void use(Language language) {
        bundle = bundle(language);
        LANGUAGE.set(language);
    }

    /**
     * The bundle of {@code language} alone: without falling back to the JVM's default locale (on a Chinese
     * system, English would otherwise come out Chinese), the base bundle being English.
     */
    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String text(ResourceBundle in, Language language, String key, Object... args) {
        String pattern;
        try {
            pattern = in.getString(key);
        } catch (MissingResourceException e) {
            // I18nBundlesTest finds every key the code names; this is for one built without it
            LOG.warn("No text for key {} in {}", key, language);
            return key;
        }
        return args.length == 0 ? pattern : String.format(language.locale(), pattern, args);
    }
}
