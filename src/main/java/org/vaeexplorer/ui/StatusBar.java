package org.vaeexplorer.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Which model and which data are loaded, and the latest note for the user. */
public final class StatusBar extends HBox {

    public StatusBar(ExplorerViewModel viewModel) {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label model = new Label();
        model.setId("modelStatus");
        model.textProperty().bind(viewModel.modelStatusProperty());
        model.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label data = new Label();
        data.setId("dataStatus");
        data.textProperty().bind(viewModel.dataStatusProperty());
        data.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("statusMessage");
        message.getStyleClass().add("status-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setMinWidth(0);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(viewModel.messageProperty());
        message.setTooltip(tip);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(model, new Separator(Orientation.VERTICAL), data, new Separator(Orientation.VERTICAL), message);
    }
}
