package org.vaeexplorer.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.ui.fx.Theme;

/** Hyperparameters with their validation, the run buttons and the progress of the run. */
public final class TrainingControlsView extends VBox {

    public TrainingControlsView(TrainingViewModel viewModel) {
        super(6);
        getStyleClass().addAll("panel", "training-controls");
        var active = viewModel.activeBinding();

        Label title = new Label("Training");
        title.getStyleClass().add("panel-title");

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        labels.setMinWidth(Region.USE_PREF_SIZE); // the fields give way, never the names
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = field(form, row, "Latent size", "latentField", viewModel.form().latentSizeProperty(),
                "Dimensions of z. 2 lets you see the latent space directly; above 2 the plane shows its first two principal components.");
        row = field(form, row, "Hidden sizes", "hiddenField", viewModel.form().hiddenSizesProperty(),
                "Encoder layer sizes, input side first, e.g. 400 or 512, 256. The decoder mirrors them.");
        row = field(form, row, "Learning rate", "learningRateField", viewModel.form().learningRateProperty(),
                "Adam's step size. Too large and training diverges.");
        row = field(form, row, "Batch size", "batchField", viewModel.form().batchSizeProperty(), "Images per minibatch.");
        row = field(form, row, "Epochs", "epochsField", viewModel.form().epochsProperty(),
                "Passes over the training set. Raise it to continue training a finished model.");
        row = field(form, row, "\u03b2 (KL weight)", "betaField", viewModel.form().betaProperty(),
                "Weight of the KL term: 1 is the ELBO of Kingma & Welling; other values give a \u03b2-VAE.");
        row = field(form, row, "KL warm-up", "warmupField", viewModel.form().warmupEpochsProperty(),
                "Epochs over which \u03b2 ramps up from 0 (0 = no warm-up).");
        row = field(form, row, "Seed", "seedField", viewModel.form().seedProperty(), "Seeds the initial weights, the shuffling and the noise.");
        ChoiceBox<Architecture> architecture = new ChoiceBox<>(FXCollections.observableArrayList(Architecture.values()));
        architecture.setId("architectureChoice");
        architecture.setConverter(new StringConverter<>() {
            @Override
            public String toString(Architecture a) {
                return a == null ? "" : a.displayName();
            }

            @Override
            public Architecture fromString(String name) {
                return Architecture.fromName(name);
            }
        });
        architecture.valueProperty().bindBidirectional(viewModel.form().architectureProperty());
        architecture.setMaxWidth(Double.MAX_VALUE);
        Tooltip networks = Theme.tooltip("The encoder's and decoder's networks: dense layers (MLP), or convolutions"
                + " around the dense layers, whose samples are sharper and which train several times slower.");
        architecture.setTooltip(networks);
        Label networksName = new Label("Networks");
        networksName.setLabelFor(architecture);
        networksName.setTooltip(networks);
        form.addRow(row++, networksName, architecture);
        ChoiceBox<Integer> leaveOut = new ChoiceBox<>(FXCollections.observableArrayList(
                java.util.stream.IntStream.range(-1, org.vaeexplorer.data.ImageSet.NUM_CLASSES).boxed().toList()));
        leaveOut.setId("leaveOutChoice");
        leaveOut.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer d) {
                return d == null || d < 0 ? "None" : "The " + d + "s";
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        // -1 in the box is null in the form: no class left out.
        leaveOut.setValue(viewModel.form().excludedDigitProperty().get() == null ? -1 : viewModel.form().excludedDigitProperty().get());
        leaveOut.valueProperty().addListener((obs, old, now) ->
                viewModel.form().excludedDigitProperty().set(now == null || now < 0 ? null : now));
        viewModel.form().excludedDigitProperty().addListener((obs, old, now) -> leaveOut.setValue(now == null ? -1 : now));
        leaveOut.setMaxWidth(Double.MAX_VALUE);
        Tooltip leaveOutHelp = Theme.tooltip("Train without the training images of one class (label), so that the"
                + " model has never seen it: the Anomalies tab then shows how well the model finds that class among the"
                + " test images (its ROC). None trains on every class.");
        leaveOut.setTooltip(leaveOutHelp);
        Label leaveOutName = new Label("Leave out");
        leaveOutName.setLabelFor(leaveOut);
        leaveOutName.setTooltip(leaveOutHelp);
        form.addRow(row, leaveOutName, leaveOut);
        form.disableProperty().bind(active);

        Label loaded = new Label();
        loaded.setId("loadedModel");
        loaded.getStyleClass().add("hint");
        loaded.setWrapText(true);
        loaded.textProperty().bind(viewModel.loadedModelProperty());
        loaded.setTooltip(Theme.tooltip("The settings the model on screen was trained with. The form above holds"
                + " the next run's: Train starts a new model with them, or continues this one when only the epochs"
                + " differ and it has epochs left."));

        Label warning = new Label();
        warning.setId("warmupWarning");
        warning.getStyleClass().add("validation-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(viewModel.form().warningProperty());
        warning.visibleProperty().bind(viewModel.form().warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        Label validation = new Label();
        validation.setId("validationMessage");
        validation.getStyleClass().add("validation-error");
        validation.setWrapText(true);
        validation.textProperty().bind(viewModel.form().validationMessageProperty());
        validation.visibleProperty().bind(viewModel.form().validationMessageProperty().isNotEmpty());
        validation.managedProperty().bind(validation.visibleProperty());

        Button train = new Button();
        train.setId("trainButton");
        train.getStyleClass().add("train-button");
        train.textProperty().bind(viewModel.trainLabelProperty());
        train.setMaxWidth(Double.MAX_VALUE);
        train.disableProperty().bind(viewModel.canTrainProperty().not());
        train.setTooltip(Theme.tooltip("Train (Ctrl+T). Starts a new model with these hyperparameters;"
                + " a stopped model with unchanged hyperparameters continues. The model file is never overwritten."));
        train.setOnAction(e -> viewModel.train());

        Button pause = new Button();
        pause.setId("pauseButton");
        pause.textProperty().bind(Bindings.when(viewModel.stateProperty().isEqualTo(TrainingViewModel.RunState.PAUSED))
                .then("Resume").otherwise("Pause"));
        pause.disableProperty().bind(viewModel.stateProperty().isNotEqualTo(TrainingViewModel.RunState.RUNNING)
                .and(viewModel.stateProperty().isNotEqualTo(TrainingViewModel.RunState.PAUSED)));
        pause.setTooltip(Theme.tooltip("Pause / resume after the current minibatch (Space)"));
        pause.setOnAction(e -> viewModel.togglePause());

        Button stop = new Button("Stop");
        stop.setId("stopButton");
        stop.disableProperty().bind(pause.disableProperty());
        stop.setTooltip(Theme.tooltip("End the run (Ctrl+Shift+T); the model trained so far stays, Train continues it"));
        stop.setOnAction(e -> viewModel.stop());

        Button reset = new Button("Reset");
        reset.setId("resetButton");
        reset.disableProperty().bind(viewModel.configProperty().isNull());
        reset.setTooltip(Theme.tooltip("Replace the model by an untrained one with these hyperparameters (Ctrl+R)"));
        reset.setOnAction(e -> viewModel.reset());

        Button defaults = new Button("Defaults");
        defaults.setTooltip(Theme.tooltip("Put the default hyperparameters back in the form"));
        defaults.disableProperty().bind(active);
        defaults.setOnAction(e -> viewModel.restoreDefaults());

        HBox runButtons = grow(pause, stop);
        HBox modelButtons = grow(reset, defaults);

        ProgressBar progress = new ProgressBar();
        progress.setId("progressBar");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty());

        Label progressText = new Label();
        progressText.setId("progressText");
        progressText.textProperty().bind(viewModel.progressTextProperty());
        progressText.setWrapText(true);
        Label speed = new Label();
        speed.setId("speedText");
        speed.setWrapText(true);
        speed.textProperty().bind(viewModel.speedTextProperty());
        speed.visibleProperty().bind(viewModel.speedTextProperty().isNotEmpty());
        speed.managedProperty().bind(speed.visibleProperty());

        Label outcome = new Label();
        outcome.setId("outcomeMessage");
        outcome.setWrapText(true);
        outcome.getStyleClass().add("outcome");
        outcome.textProperty().bind(viewModel.outcomeMessageProperty());
        outcome.visibleProperty().bind(viewModel.outcomeMessageProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        viewModel.divergedProperty().addListener((obs, old, now) -> {
            outcome.getStyleClass().remove("diverged");
            if (now) {
                outcome.getStyleClass().add("diverged");
            }
        });

        getChildren().addAll(title, form, loaded, warning, validation, train, runButtons, modelButtons, progress, progressText, speed, outcome);
    }

    private static int field(GridPane form, int row, String label, String id, StringProperty property, String help) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.setMinWidth(60);
        field.textProperty().bindBidirectional(property);
        Tooltip tip = Theme.tooltip(help);
        field.setTooltip(tip);
        Label name = new Label(label);
        name.setLabelFor(field);
        name.setTooltip(tip);
        form.addRow(row, name, field);
        return row + 1;
    }

    private static HBox grow(Button... buttons) {
        HBox box = new HBox(8, buttons);
        for (Button b : buttons) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        return box;
    }
}
