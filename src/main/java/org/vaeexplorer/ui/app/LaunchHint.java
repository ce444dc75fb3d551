package org.vaeexplorer.ui.app;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.vaeexplorer.ui.fx.I18n;

/** The first-launch hint over the plane and tabs: what to try first, and a button that dismisses it for good. */
final class LaunchHint extends HBox {

    /** @param presenter while true the hint steps aside (it is for whoever runs the window, and the room is short) */
    LaunchHint(LaunchHintViewModel viewModel, javafx.beans.value.ObservableBooleanValue presenter) {
        super(12);
        setId("launchHint");
        getStyleClass().add("launch-hint");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.textProperty().bind(I18n.bind("hint.text"));
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setPrefWidth(200); // the bar's width sets it; the text wraps to it
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button();
        dismiss.textProperty().bind(I18n.bind("hint.dismiss"));
        dismiss.setId("dismissHintButton");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setFocusTraversable(false); // the plane keeps the focus at launch
        dismiss.setOnAction(e -> viewModel.dismiss());
        getChildren().addAll(text, dismiss);
        visibleProperty().bind(javafx.beans.binding.Bindings.and(viewModel.shownProperty(),
                javafx.beans.binding.Bindings.not(presenter)));
        managedProperty().bind(visibleProperty());
    }
}
