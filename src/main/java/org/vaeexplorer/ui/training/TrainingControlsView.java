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
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Theme;

/** Hyperparameters with their validation, the run buttons and the progress of the run. */
public final class TrainingControlsView extends VBox {

    public TrainingControlsView(TrainingViewModel viewModel) {
        super(6);
        getStyleClass().addAll("panel", "training-controls");
        var active = viewModel.activeBinding();

        Label title = new Label();
        title.setId("trainingTitle");
        title.textProperty().bind(I18n.bind("training.title"));
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
        row = field(form, row, "training.field.latent", "latentField", viewModel.form().latentSizeProperty());
        row = field(form, row, "training.field.hidden", "hiddenField", viewModel.form().hiddenSizesProperty());
        row = field(form, row, "training.field.learningRate", "learningRateField", viewModel.form().learningRateProperty());
        row = field(form, row, "training.field.batch", "batchField", viewModel.form().batchSizeProperty());
        row = field(form, row, "training.field.epochs", "epochsField", viewModel.form().epochsProperty());
        row = field(form, row, "training.field.beta", "betaField", viewModel.form().betaProperty());
        row = field(form, row, "training.field.warmup", "warmupField", viewModel.form().warmupEpochsProperty());
        row = field(form, row, "training.field.seed", "seedField", viewModel.form().seedProperty());
        ChoiceBox<Architecture> architecture = new ChoiceBox<>(FXCollections.observableArrayList(Architecture.values()));
        architecture.setId("architectureChoice");
        followLanguage(architecture, () -> architecture.setConverter(converter(a -> HyperparameterForm.networksName(a))));
        architecture.valueProperty().bindBidirectional(viewModel.form().architectureProperty());
        architecture.setMaxWidth(Double.MAX_VALUE);
        Tooltip networks = Theme.tooltip(I18n.bind("training.field.networks.help"));
        architecture.setTooltip(networks);
        Label networksName = new Label();
        networksName.textProperty().bind(I18n.bind("training.field.networks"));
        networksName.setLabelFor(architecture);
        networksName.setTooltip(networks);
        form.addRow(row++, networksName, architecture);
        ChoiceBox<Integer> leaveOut = new ChoiceBox<>(FXCollections.observableArrayList(
                java.util.stream.IntStream.range(-1, org.vaeexplorer.data.ImageSet.NUM_CLASSES).boxed().toList()));
        leaveOut.setId("leaveOutChoice");
        Runnable nameClasses = () -> leaveOut.setConverter(converter(d -> d < 0 ? I18n.text("training.leaveOut.none")
                : viewModel.leftOutName(d)));
        followLanguage(leaveOut, nameClasses);
        viewModel.classNamesBinding().addListener((obs, old, now) -> nameClasses.run()); // other data, other names
        // -1 in the box is null in the form: no class left out.
        leaveOut.setValue(viewModel.form().excludedDigitProperty().get() == null ? -1 : viewModel.form().excludedDigitProperty().get());
        leaveOut.valueProperty().addListener((obs, old, now) ->
                viewModel.form().excludedDigitProperty().set(now == null || now < 0 ? null : now));
        viewModel.form().excludedDigitProperty().addListener((obs, old, now) -> leaveOut.setValue(now == null ? -1 : now));
        leaveOut.setMaxWidth(Double.MAX_VALUE);
        Tooltip leaveOutHelp = Theme.tooltip(I18n.bind("training.field.leaveOut.help"));
        leaveOut.setTooltip(leaveOutHelp);
        Label leaveOutName = new Label();
        leaveOutName.textProperty().bind(I18n.bind("training.field.leaveOut"));
        leaveOutName.setLabelFor(leaveOut);
        leaveOutName.setTooltip(leaveOutHelp);
        form.addRow(row, leaveOutName, leaveOut);
        form.disableProperty().bind(active);

        Label loaded = new Label();
        loaded.setId("loadedModel");
        loaded.getStyleClass().add("hint");
        loaded.setWrapText(true);
        loaded.textProperty().bind(viewModel.loadedModelProperty());
        loaded.setTooltip(Theme.tooltip(I18n.bind("training.loaded.help")));

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
        train.setTooltip(Theme.tooltip(I18n.bind("training.button.train.help")));
        train.setOnAction(e -> viewModel.train());

        Button pause = new Button();
        pause.setId("pauseButton");
        pause.textProperty().bind(Bindings.when(viewModel.stateProperty().isEqualTo(TrainingViewModel.RunState.PAUSED))
                .then(I18n.bind("training.button.resume")).otherwise(I18n.bind("training.button.pause")));
        pause.disableProperty().bind(viewModel.stateProperty().isNotEqualTo(TrainingViewModel.RunState.RUNNING)
                .and(viewModel.stateProperty().isNotEqualTo(TrainingViewModel.RunState.PAUSED)));
        pause.setTooltip(Theme.tooltip(I18n.bind("training.button.pause.help")));
        pause.setOnAction(e -> viewModel.togglePause());

        Button stop = new Button();
        stop.textProperty().bind(I18n.bind("training.button.stop"));
        stop.setId("stopButton");
        stop.disableProperty().bind(pause.disableProperty());
        stop.setTooltip(Theme.tooltip(I18n.bind("training.button.stop.help")));
        stop.setOnAction(e -> viewModel.stop());

        Button reset = new Button();
        reset.textProperty().bind(I18n.bind("training.button.reset"));
        reset.setId("resetButton");
        reset.disableProperty().bind(viewModel.configProperty().isNull());
        reset.setTooltip(Theme.tooltip(I18n.bind("training.button.reset.help")));
        reset.setOnAction(e -> viewModel.reset());

        Button defaults = new Button();
        defaults.setId("defaultsButton");
        defaults.textProperty().bind(I18n.bind("training.button.defaults"));
        defaults.setTooltip(Theme.tooltip(I18n.bind("training.button.defaults.help")));
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

    /** A named text field of the form; {@code key} names its label, {@code key}.help its tooltip. */
    private static int field(GridPane form, int row, String key, String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.setMinWidth(60);
        field.textProperty().bindBidirectional(property);
        Tooltip tip = Theme.tooltip(I18n.bind(key + ".help"));
        field.setTooltip(tip);
        Label name = new Label();
        name.textProperty().bind(I18n.bind(key));
        name.setLabelFor(field);
        name.setTooltip(tip);
        form.addRow(row, name, field);
        return row + 1;
    }

    /** Runs {@code show} now and again on every change of language, as long as {@code owner} lives. */
    private static void followLanguage(javafx.scene.Node owner, Runnable show) {
        show.run();
        I18n.onChange(owner, show);
    }

    /** A choice's names, made in the language of the moment (a new converter makes the box show them anew). */
    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // the boxes are chosen from, never typed in
            }
        };
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
