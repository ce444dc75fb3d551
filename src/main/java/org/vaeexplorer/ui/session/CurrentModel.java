package org.vaeexplorer.ui.session;

import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.model.VaeConfig;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The model the window shows when no run is under way: its file content, a name for the status bar,
 * and where it was loaded from or last saved to (null when it exists only in memory).
 */
public record CurrentModel(ModelFile file, String name, Path path) {

    public CurrentModel {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
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
        StringBuilder s = new StringBuilder(name).append(" (")
                .append(c.latentSize()).append("-D, hidden ")
                .append(String.join("-", c.hiddenSizes().stream().map(String::valueOf).toList()))
                .append(", ").append(history().epochCount()).append(history().epochCount() == 1 ? " epoch" : " epochs");
        EpochRecord last = history().last();
        if (last != null) {
            s.append(String.format(java.util.Locale.ROOT, ", test \u2212ELBO %.1f", last.test().negElbo()));
        }
        return s.append(')').toString();
    }
}
