package org.vaeexplorer.ui.training;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.train.Continuation;
import org.vaeexplorer.ui.session.CurrentModel;
import org.vaeexplorer.ui.training.TrainingViewModel.RunState;

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
    private final ReadOnlyStringWrapper trainLabel = new ReadOnlyStringWrapper(this, "trainLabel", "Train");
    private final ReadOnlyBooleanWrapper canTrain = new ReadOnlyBooleanWrapper(this, "canTrain");

    TrainReadiness(ReadOnlyObjectProperty<Dataset> data, ReadOnlyObjectProperty<CurrentModel> model,
                   ReadOnlyBooleanProperty busy, HyperparameterForm form, ReadOnlyObjectProperty<RunState> state) {
        this.data = data;
        this.model = model;
        this.busy = busy;
        this.form = form;
        this.config = form.configProperty();
        this.state = state;
        data.addListener((obs, old, now) -> {
            followImageSize();
            updateCanTrain();
        });
        model.addListener((obs, old, now) -> {
            loadedModel.set(now == null ? "" : describe(now));
            followImageSize();
            updateTrainLabel();
        });
        config.addListener((obs, old, now) -> updateTrainLabel());
        state.addListener((obs, old, now) -> updateCanTrain());
        busy.addListener((obs, old, now) -> updateCanTrain());
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
        trainLabel.set(continues ? "Continue training" : "Train new model");
        updateCanTrain();
    }

    private void updateCanTrain() {
        canTrain.set(state.get() == RunState.IDLE && config.get() != null && data.get() != null
                && model.get() != null && !busy.get());
    }

    /** "Loaded model: 784-400-2, 150 epochs, β = 1, learning rate 0.001, batch 128". */
    private static String describe(CurrentModel m) {
        VaeConfig c = m.config();
        StringBuilder s = new StringBuilder("Loaded model: ");
        if (c.architecture() != Architecture.MLP) {
            s.append(c.architecture().displayName()).append(' ');
        }
        s.append(c.imageRows() * c.imageCols());
        c.hiddenSizes().forEach(h -> s.append('-').append(h));
        s.append('-').append(c.latentSize()).append(", ");
        int done = m.history().epochCount();
        if (done == 0) {
            s.append("untrained");
        } else if (done < c.epochs()) {
            s.append(done).append(" of ").append(c.epochs()).append(" epochs");
        } else {
            s.append(done).append(done == 1 ? " epoch" : " epochs");
        }
        s.append(", \u03b2 = ").append(HyperparameterForm.number(c.beta()));
        if (c.warmupEpochs() > 0) {
            s.append(" (warm-up ").append(HyperparameterForm.number(c.warmupEpochs())).append(")");
        }
        s.append(", learning rate ").append(HyperparameterForm.number(c.learningRate()))
                .append(", batch ").append(c.batchSize());
        if (c.excludedDigit() != null) {
            s.append(", without the ").append(c.excludedDigit()).append("s");
        }
        return s.toString();
    }
}
