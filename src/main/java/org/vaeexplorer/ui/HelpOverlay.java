package org.vaeexplorer.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keyboard shortcuts over a dimmed window (F1 or ?); any click or Esc closes it. */
public final class HelpOverlay extends StackPane {

    public HelpOverlay(DisplayViewModel viewModel) {
        setId("helpOverlay");
        getStyleClass().add("help-overlay");
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("panel-title");
        GridPane table = new GridPane();
        table.setId("shortcutTable");
        table.setHgap(24);
        table.setVgap(4);
        int row = 0;
        for (Shortcut s : viewModel.shortcuts()) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            table.addRow(row++, keys, new Label(s.action()));
        }
        Label close = new Label("Esc, F1 or a click closes this list. Single keys act when no text field has the focus.");
        close.getStyleClass().add("hint");
        VBox card = new VBox(10, title, table, close);
        card.getStyleClass().addAll("panel", "help-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        visibleProperty().bind(viewModel.helpShownProperty());
        setOnMouseClicked(e -> viewModel.hideHelp());
    }
}
