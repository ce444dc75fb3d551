package org.vaeexplorer.ui.app;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.vaeexplorer.ui.fx.Theme;

/**
 * Which model and which data are loaded, and the latest note for the user. When space runs short the
 * note gives way first, then the model's description; each shows in full in its tooltip.
 */
public final class StatusBar extends HBox {

    public StatusBar(ExplorerViewModel viewModel) {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label model = label("modelStatus", viewModel.modelStatusProperty());
        model.setMinWidth(0);
        Label data = label("dataStatus", viewModel.dataStatusProperty());
        data.setMinWidth(Region.USE_PREF_SIZE);
        Label message = label("statusMessage", viewModel.messageProperty());
        message.getStyleClass().add("status-message");
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        getChildren().addAll(model, new Separator(Orientation.VERTICAL), data, new Separator(Orientation.VERTICAL), message);
    }

    private static Label label(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        Tooltip tip = Theme.tooltip("");
        tip.textProperty().bind(text);
        label.setTooltip(tip);
        return label;
    }
}
