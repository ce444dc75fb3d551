package org.vaeexplorer.ui.training;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.VaeConfig;
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
            loadedModel.set(now == null ? "" : ModelContinuation.describe(now));
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
        trainLabel.set(c != null && ModelContinuation.canContinue(model.get(), c) ? "Continue training" : "Train new model");
        updateCanTrain();
    }

    private void updateCanTrain() {
        canTrain.set(state.get() == RunState.IDLE && config.get() != null && data.get() != null
                && model.get() != null && !busy.get());
    }
}
