package org.vaeexplorer.ui.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.fx.I18n;

/** The keyboard shortcuts over a dimmed window (F1 or ?); any click or Esc closes it. */
public final class HelpOverlay extends StackPane {

    /**
     * Descriptions take the width the window leaves beside the keys, up to this (in pixels), and wrap within
     * it: narrower, the long ones took three lines in presenter mode and the list no longer fitted 720 pixels.
     */
    private static final double ACTION_MAX_WIDTH = 480;

    public HelpOverlay(DisplayViewModel viewModel) {
        setId("helpOverlay");
        getStyleClass().add("help-overlay");
        Label title = new Label();
        title.textProperty().bind(I18n.bind("help.title"));
        title.getStyleClass().add("panel-title");
        GridPane table = new GridPane();
        table.setId("shortcutTable");
        table.setHgap(24);
        table.setVgap(2);
        for (int pair = 0; pair < 2; pair++) {
            ColumnConstraints keysColumn = new ColumnConstraints();
            keysColumn.setMinWidth(Region.USE_PREF_SIZE); // keys are never cut; descriptions wrap
            ColumnConstraints actionColumn = new ColumnConstraints();
            actionColumn.setHgrow(Priority.SOMETIMES);
            actionColumn.setMaxWidth(ACTION_MAX_WIDTH);
            table.getColumnConstraints().addAll(keysColumn, actionColumn);
        }
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
            action.setMinHeight(Region.USE_PREF_SIZE); // the height of its wrapped lines, which the grid would squeeze
            table.add(keys, 2 * (i / half), i % half);
            table.add(action, 2 * (i / half) + 1, i % half);
        }
        Label close = new Label();
        close.textProperty().bind(I18n.bind("help.close"));
        close.getStyleClass().add("hint");
        // The closing hint beside the title, not under the list: a line less, which presenter mode's list needs at 720.
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(24, title, gap, close);
        heading.setAlignment(Pos.BASELINE_LEFT);
        VBox card = new VBox(8, heading, table);
        card.getStyleClass().addAll("panel", "help-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(8));
        visibleProperty().bind(viewModel.helpShownProperty());
        setOnMouseClicked(e -> viewModel.hideHelp());
    }
}
