package org.vaeexplorer.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import org.vaeexplorer.analysis.Hyperparameters;
import org.vaeexplorer.ui.fx.I18n;

import java.util.Arrays;
import java.util.List;

/**
 * The β presets of the training form. Choosing one fills β, the warm-up and the run length its caption
 * describes; which preset the form matches, and so the line on what to watch for, follows
 * from the form itself, so an edit by hand is never described wrongly.
 */
public final class PresetsViewModel {

    private final TrainingViewModel training;
    private final ObjectBinding<BetaPreset> matching;
    private final StringBinding watchFor;

    public PresetsViewModel(TrainingViewModel training) {
        this.training = training;
        matching = Bindings.createObjectBinding(this::match, training.form().betaProperty(), training.form().warmupEpochsProperty(),
                training.form().architectureProperty());
        watchFor = I18n.bind(() -> matching.get() == null ? "" : matching.get().watchFor(), matching);
    }

    public List<BetaPreset> presets() {
        return Arrays.asList(BetaPreset.values());
    }

    /** The preset the form's networks, β and warm-up equal, or null. */
    public ObjectBinding<BetaPreset> matchingBinding() {
        return matching;
    }

    /** What to watch for with the form's settings; empty when they match no preset. */
    public StringBinding watchForBinding() {
        return watchFor;
    }

    /** Fills the form with {@code preset}; no effect while a run is under way. */
    public void apply(BetaPreset preset) {
        if (preset == null || training.activeBinding().get()) {
            return;
        }
        training.form().architectureProperty().set(preset.architecture());
        if (preset.hiddenSizes() != null) {
            training.form().hiddenSizesProperty().set(HyperparameterForm.hiddenText(preset.hiddenSizes()));
        }
        training.form().betaProperty().set(Hyperparameters.number(preset.beta()));
        training.form().warmupEpochsProperty().set(Hyperparameters.number(preset.warmupEpochs()));
        // The captions describe a run of this length (measured, docs/presets.md).
        training.form().epochsProperty().set(Integer.toString(BetaPreset.EPOCHS));
    }

    private BetaPreset match() {
        try {
            double beta = Double.parseDouble(training.form().betaProperty().get().trim());
            double warmup = Double.parseDouble(training.form().warmupEpochsProperty().get().trim());
            for (BetaPreset p : BetaPreset.values()) {
                if (p.architecture() == training.form().architectureProperty().get() && p.beta() == beta
                        && p.warmupEpochs() == warmup) {
                    return p;
                }
            }
        } catch (NumberFormatException | NullPointerException e) {
            // a half-typed number matches no preset
        }
        return null;
    }
}
