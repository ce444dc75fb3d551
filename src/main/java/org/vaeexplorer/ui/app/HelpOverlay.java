package org.vaeexplorer.ui.app;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.fx.I18n;

/** The keyboard shortcuts over a dimmed window (F1 or ?); any click or Esc closes it. */
public final class HelpOverlay extends StackPane {

    /** Descriptions wrap at this width (in pixels at 12 pt), so two columns fit 1280 pixels. */
    private static final double ACTION_WIDTH = 300;

    public HelpOverlay(DisplayViewModel viewModel) {
        setId("helpOverlay");
        getStyleClass().add("help-overlay");
        Label title = new Label();
        title.textProperty().bind(I18n.bind("help.title"));
        title.getStyleClass().add("panel-title");
        GridPane table = new GridPane();
        table.setId("shortcutTable");
        table.setHgap(24);
        table.setVgap(4);
        // Two halves side by side: the whole list fits a 720-pixel-high projector also in presenter mode.
        Shortcut[] all = viewModel.shortcuts();
        int half = (all.length + 1) / 2;
        for (int i = 0; i < all.length; i++) {
            Shortcut shortcut = all[i];
            Label keys = new Label();
            keys.textProperty().bind(I18n.bind(shortcut::keys));
            keys.getStyleClass().add("shortcut-keys");
            Label action = new Label();
            action.textProperty().bind(I18n.bind(shortcut::action));
            action.setWrapText(true);
            action.setMaxWidth(ACTION_WIDTH);
            table.add(keys, 2 * (i / half), i % half);
            table.add(action, 2 * (i / half) + 1, i % half);
        }
        Label close = new Label();
        close.textProperty().bind(I18n.bind("help.close"));
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
