package org.vaeexplorer.ui.session;

import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.ui.fx.I18n;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The model the window shows when no run is under way: its file content, a name for the status bar,
 * and where it was loaded from or last saved to (null when it exists only in memory).
 *
 * @param naming its name: a file's name, or for a model only in memory ("untrained model") words in the
 *               language of the moment, so that the status bar follows View &gt; Language
 */
public record CurrentModel(ModelFile file, Supplier<String> naming, Path path) {

    public CurrentModel {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(naming, "naming");
    }

    /** A model named {@code name} in every language (a file's name, a run's id). */
    public CurrentModel(ModelFile file, String name, Path path) {
        this(file, constant(Objects.requireNonNull(name, "name")), path);
    }

    private static Supplier<String> constant(String name) {
        return () -> name;
    }

    /** Its name, in the current language. */
    public String name() {
        return naming.get();
    }

    public VaeConfig config() {
        return file.config();
    }

    public TrainingHistory history() {
        return file.history();
    }

    /** One line for the status bar, e.g. "mnist-latent2.zip (2-D, hidden 400, 10 epochs, test −ELBO 140.2)". */
    public String describe() {
        VaeConfig c = config();
        int epochs = history().epochCount();
        String hidden = String.join("-", c.hiddenSizes().stream().map(String::valueOf).toList());
        EpochRecord last = history().last();
        String test = last == null ? "" : I18n.text("session.model.testElbo", last.test().negElbo());
        return I18n.text("session.model.describe", name(), c.latentSize(), hidden,
                epochs == 1 ? I18n.text("session.model.epoch") : I18n.text("session.model.epochs", epochs), test);
    }
}
