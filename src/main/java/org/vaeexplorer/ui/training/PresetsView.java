package org.vaeexplorer.ui.training;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Theme;

/** A menu of presets (β, the KL warm-up, the networks) under the training form, and the line on what to watch for. */
public final class PresetsView extends VBox {

    public PresetsView(PresetsViewModel viewModel, TrainingViewModel training) {
        super(4);
        getStyleClass().addAll("panel", "presets");
        Label title = new Label();
        title.textProperty().bind(I18n.bind("training.presets.title"));
        title.getStyleClass().add("panel-title");

        ComboBox<BetaPreset> presets = new ComboBox<>();
        presets.setId("presetBox");
        presets.getItems().setAll(viewModel.presets());
        presets.promptTextProperty().bind(I18n.bind("training.presets.prompt"));
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.setMinWidth(0);
        // The chosen preset on two lines, its name over its β: one line is wider than the form in presenter mode.
        presets.setButtonCell(new PresetCell(presets, true));
        presets.setCellFactory(list -> new PresetCell(presets, false));
        presets.disableProperty().bind(training.activeBinding());
        presets.setTooltip(Theme.tooltip(I18n.bind("training.presets.help")));
        boolean[] following = {false};
        presets.setOnAction(e -> {
            if (!following[0]) {
                viewModel.apply(presets.getValue());
            }
        });
        // The box shows the preset the form matches, also after an edit by hand or opening a model.
        presets.setValue(viewModel.matchingBinding().get());
        viewModel.matchingBinding().addListener((obs, old, now) -> {
            following[0] = true;
            presets.setValue(now);
            following[0] = false;
        });

        Label hint = new Label();
        hint.setId("presetHint");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.textProperty().bind(viewModel.watchForBinding());
        hint.visibleProperty().bind(viewModel.watchForBinding().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());

        getChildren().addAll(title, presets, hint);
    }

    /**
     * A preset's name in the window's language, following it; in the button, on two lines (name over β), or more
     * where the name is wider than the box (the form is narrow in presenter mode at 1280x720). The breaks are put
     * in the text, as the combo box sizes its button for the text's lines, not for a wrapped label.
     */
    private static final class PresetCell extends ListCell<BetaPreset> {

        private final ComboBox<BetaPreset> box;
        private final boolean twoLines;

        PresetCell(ComboBox<BetaPreset> box, boolean twoLines) {
            this.box = box;
            this.twoLines = twoLines;
            I18n.onChange(this, this::showItem);
            if (twoLines) {
                box.widthProperty().addListener(o -> showItem());
                fontProperty().addListener(o -> showItem());
            }
        }

        @Override
        protected void updateItem(BetaPreset item, boolean empty) {
            super.updateItem(item, empty);
            showItem();
        }

        /** {@code text} with each of its lines broken between words where it is wider than the box can show. */
        private String broken(String text) {
            double room = box.getWidth() - 40 - snappedLeftInset() - snappedRightInset(); // the arrow button beside it
            if (room <= 0) {
                return text;
            }
            Text probe = new Text();
            probe.setFont(getFont());
            StringBuilder out = new StringBuilder();
            for (String line : text.split("\n")) {
                StringBuilder current = new StringBuilder();
                for (String word : line.split(" ")) {
                    String longer = current.length() == 0 ? word : current + " " + word;
                    probe.setText(longer);
                    if (current.length() > 0 && probe.getLayoutBounds().getWidth() > room) {
                        out.append(current).append('\n');
                        current = new StringBuilder(word);
                    } else {
                        current = new StringBuilder(longer);
                    }
                }
                out.append(current).append('\n');
            }
            return out.substring(0, out.length() - 1);
        }

        /**
         * Set, not bound: the combo box's skin sets the button cell's text itself (its prompt when there is no
         * value), which a bound text refuses.
         */
        private void showItem() {
            BetaPreset item = getItem();
            if (isEmpty() || item == null) {
                setText(twoLines ? box.getPromptText() : null);
            } else {
                // Both languages write "name: β = 1"; Chinese with a full-width colon.
                setText(twoLines ? broken(item.title().replace(": ", ":\n").replace("\uff1a", "\uff1a\n")) : item.title());
            }
        }
    }
}
