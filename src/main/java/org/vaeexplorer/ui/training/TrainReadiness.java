package org.vaeexplorer.ui.training;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.train.Continuation;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.session.CurrentModel;
import org.vaeexplorer.ui.training.TrainingViewModel.RunState;

import java.util.List;

/**
 * Whether Train can be pressed and what it will do, kept up to date as the data, the current model, the
 * form, the run's state and the file operations change; and the image size the form checks its limits for.
 */
final class TrainReadiness {

    private final ReadOnlyObjectProperty<Dataset> data;
    private final ReadOnlyObjectProperty<CurrentModel> model;
    private final ReadOnlyBooleanProperty busy;
    private final HyperparameterForm form;
    private final ReadOnlyObjectProperty<VaeConfig> config;
    private final ReadOnlyObjectProperty<RunState> state;
    private final ReadOnlyStringWrapper loadedModel = new ReadOnlyStringWrapper(this, "loadedModel", "");
    private final ReadOnlyStringWrapper trainLabel = new ReadOnlyStringWrapper(this, "trainLabel");
    private final ReadOnlyBooleanWrapper canTrain = new ReadOnlyBooleanWrapper(this, "canTrain");
    /** Held here; the language holds it only weakly. */
    private final InvalidationListener languageChanged = o -> {
        describeModel();
        updateTrainLabel();
    };

    TrainReadiness(ReadOnlyObjectProperty<Dataset> data, ReadOnlyObjectProperty<CurrentModel> model,
                   ReadOnlyBooleanProperty busy, HyperparameterForm form, ReadOnlyObjectProperty<RunState> state) {
        this.data = data;
        this.model = model;
        this.busy = busy;
        this.form = form;
        this.config = form.configProperty();
        this.state = state;
        data.addListener((obs, old, now) -> {
            describeModel(); // the class the model left out, named as the new data's labels
            followImageSize();
            updateCanTrain();
        });
        model.addListener((obs, old, now) -> {
            describeModel();
            followImageSize();
            updateTrainLabel();
        });
        config.addListener((obs, old, now) -> updateTrainLabel());
        state.addListener((obs, old, now) -> updateCanTrain());
        busy.addListener((obs, old, now) -> updateCanTrain());
        I18n.languageProperty().addListener(new WeakInvalidationListener(languageChanged));
        followImageSize();
        updateTrainLabel();
    }

    ReadOnlyStringProperty loadedModelProperty() {
        return loadedModel.getReadOnlyProperty();
    }

    ReadOnlyStringProperty trainLabelProperty() {
        return trainLabel.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canTrainProperty() {
        return canTrain.getReadOnlyProperty();
    }

    /** The form checks its limits for the images of the data, else of the current model, else MNIST's. */
    private void followImageSize() {
        if (data.get() != null) {
            form.imageSize(data.get().rows(), data.get().cols());
        } else if (model.get() != null) {
            form.imageSize(model.get().config().imageRows(), model.get().config().imageCols());
        } else {
            form.imageSize(VaeConfig.MNIST_SIDE, VaeConfig.MNIST_SIDE);
        }
    }

    private void updateTrainLabel() {
        VaeConfig c = config.get();
        boolean continues = c != null && model.get() != null && Continuation.canContinue(model.get().file(), c);
        trainLabel.set(I18n.text(continues ? "training.button.continue" : "training.button.trainNew"));
        updateCanTrain();
    }

    private void updateCanTrain() {
        canTrain.set(state.get() == RunState.IDLE && config.get() != null && data.get() != null
                && model.get() != null && !busy.get());
    }

    private void describeModel() {
        loadedModel.set(model.get() == null ? "" : describe(model.get(), classNames(data.get())));
    }

    /** What the labels of {@code d} mean; digits while no data is open (the shipped models are MNIST's). */
    static ClassNames classNames(Dataset d) {
        return d == null ? ClassNames.DIGITS : d.classNames();
    }

    /**
     * "Loaded model: 784-400-2, 150 epochs, β = 1, learning rate 0.001, batch 128", in the window's language, a
     * class left out named as {@code names} name it.
     */
    private static String describe(CurrentModel m, ClassNames names) {
        VaeConfig c = m.config();
        StringBuilder layers = new StringBuilder();
        if (c.architecture() != Architecture.MLP) {
            layers.append(HyperparameterForm.networksName(c.architecture())).append(' ');
        }
        layers.append(c.imageRows() * c.imageCols());
        c.hiddenSizes().forEach(h -> layers.append('-').append(h));
        layers.append('-').append(c.latentSize());
        int done = m.history().epochCount();
        String epochs = done == 0 ? I18n.text("training.loaded.untrained")
                : done < c.epochs() ? I18n.text("training.loaded.epochsOf", done, c.epochs())
                : I18n.text(done == 1 ? "training.loaded.epoch" : "training.loaded.epochs", done);
        String warmup = c.warmupEpochs() > 0
                ? I18n.text("training.loaded.warmup", HyperparameterForm.number(c.warmupEpochs())) : "";
        Integer left = c.excludedDigit();
        String without = left == null ? ""
                : names.digits() ? I18n.text("training.loaded.without", left)
                : I18n.text("training.loaded.withoutClass", HyperparameterForm.leftOutName(names, left));
        return I18n.text("training.loaded", layers, epochs, HyperparameterForm.number(c.beta()), warmup,
                learningRates(m), c.batchSize(), without);
    }

    /** "0.001", or for a run whose rate was lowered on the way "0.001, then 0.0001 from epoch 51". */
    private static String learningRates(CurrentModel m) {
        List<EpochRecord> epochs = m.history().epochs();
        double rate = epochs.isEmpty() ? m.config().learningRate() : epochs.get(0).learningRate();
        StringBuilder rates = new StringBuilder(HyperparameterForm.number(rate));
        for (EpochRecord e : epochs) {
            if (e.learningRate() != rate) {
                rate = e.learningRate();
                rates.append(I18n.text("training.loaded.rateFrom", HyperparameterForm.number(rate), e.epoch()));
            }
        }
        return rates.toString();
    }
}
