package org.vaeexplorer.ui.compare;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.vaeexplorer.ui.fx.ChineseFont;
import org.vaeexplorer.ui.fx.I18n;

import java.util.List;

/**
 * The comparison in a window of its own beside the explorer's, so a class can look at both at once; it
 * opens when a comparison is ready and comes to the front at each new one. Escape closes it.
 */
public final class ComparisonWindow {

    public ComparisonWindow(Window owner, ComparisonViewModel viewModel, List<String> stylesheets) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(I18n.bind("compare.window.title"));
        ComparisonView root = new ComparisonView(viewModel);
        ChineseFont.follow(root);
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(stylesheets);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
        viewModel.comparisonProperty().addListener((obs, old, now) -> {
            if (now != null) {
                stage.show();
                stage.toFront();
            }
        });
    }
}
