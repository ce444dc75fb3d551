package org.vaeexplorer.ui.app;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.vaeexplorer.ui.fx.Theme;

/**
 * Which model and which data are loaded, and the latest note for the user. When a row is too short
 * (presenter mode, a 1024-pixel screen) the parts go onto more rows and a long note wraps: nothing is cut
 * short, so a class can read the path a model was opened from.
 */
public final class StatusBar extends FlowPane {

    public StatusBar(ExplorerViewModel viewModel) {
        super(24, 2);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label model = label("modelStatus", viewModel.modelStatusProperty());
        Label data = label("dataStatus", viewModel.dataStatusProperty());
        Label message = label("statusMessage", viewModel.messageProperty());
        message.getStyleClass().add("status-message");
        getChildren().addAll(model, data, message);
    }

    private Label label(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.maxWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 1));
        label.setTooltip(Theme.tooltip(text));
        return label;
    }
}
