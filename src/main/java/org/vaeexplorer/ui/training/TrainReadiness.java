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
 * form, the run's state and the file operations change.
 */
final class TrainReadiness {

    private final ReadOnlyObjectProperty<Dataset> data;
    private final ReadOnlyObjectProperty<CurrentModel> model;
    private final ReadOnlyBooleanProperty busy;
    private final ReadOnlyObjectProperty<VaeConfig> config;
    private final ReadOnlyObjectProperty<RunState> state;
    private final ReadOnlyStringWrapper loadedModel = new ReadOnlyStringWrapper(this, "loadedModel", "");
    private final ReadOnlyStringWrapper trainLabel = new ReadOnlyStringWrapper(this, "trainLabel", "Train");
    private final ReadOnlyBooleanWrapper canTrain = new ReadOnlyBooleanWrapper(this, "canTrain");

    TrainReadiness(ReadOnlyObjectProperty<Dataset> data, ReadOnlyObjectProperty<CurrentModel> model,
                   ReadOnlyBooleanProperty busy, ReadOnlyObjectProperty<VaeConfig> config,
                   ReadOnlyObjectProperty<RunState> state) {
        this.data = data;
        this.model = model;
        this.busy = busy;
        this.config = config;
        this.state = state;
        data.addListener((obs, old, now) -> updateCanTrain());
        model.addListener((obs, old, now) -> {
            loadedModel.set(now == null ? "" : describe(now));
            updateTrainLabel();
        });
        config.addListener((obs, old, now) -> updateTrainLabel());
        state.addListener((obs, old, now) -> updateCanTrain());
        busy.addListener((obs, old, now) -> updateCanTrain());
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
        return s.append(", learning rate ").append(HyperparameterForm.number(c.learningRate()))
                .append(", batch ").append(c.batchSize()).toString();
    }
}
