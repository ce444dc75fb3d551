package org.vaeexplorer.ui.export;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.vaeexplorer.ui.fx.FileDialogs;
import org.vaeexplorer.ui.fx.I18n;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * File > Export: asks where, takes the picture on the UI thread (a snapshot must be), and hands the
 * writing to the {@link ExportViewModel}, which does it in the background.
 */
public final class ExportMenu {

    private final Window owner;
    private final FileDialogs dialogs;
    private final ExportViewModel exports;

    public ExportMenu(Window owner, FileDialogs dialogs, ExportViewModel exports) {
        this.owner = owner;
        this.dialogs = dialogs;
        this.exports = exports;
    }

    /**
     * @param window            the whole window's content, at the moment of export
     * @param windowAccelerator the keys that export the whole window
     */
    public Menu menu(Supplier<Node> window, KeyCombination windowAccelerator, Node plane, Node charts, Node samples) {
        MenuItem all = picture("export.window", "vae-explorer.png", window);
        all.setId("exportWindowMenuItem");
        all.setAccelerator(windowAccelerator);
        MenuItem planeItem = picture("export.plane", "latent-plane.png", () -> plane);
        MenuItem chartsItem = picture("export.charts", "loss-curves.png", () -> charts);
        MenuItem samplesItem = picture("export.samples", "blurry-to-sharp.png", () -> samples);

        MenuItem csv = item("export.csv");
        csv.setId("exportCsvMenuItem");
        csv.setOnAction(e -> {
            if (!exports.historyExportable()) {
                return;
            }
            Path file = dialogs.chooseExportFile(owner, I18n.text("export.csv.title"), "training-history.csv", "csv");
            if (file != null) {
                exports.exportHistoryCsv(file);
            }
        });
        MenuItem gif = item("export.gif");
        gif.setId("exportGifMenuItem");
        gif.setOnAction(e -> {
            if (!exports.samplesExportable()) {
                return;
            }
            Path file = dialogs.chooseExportFile(owner, I18n.text("export.gif.title"), "blurry-to-sharp.gif", "gif");
            if (file != null) {
                exports.exportSamplesGif(file);
            }
        });
        Menu menu = new Menu(null, null, all, planeItem, chartsItem, samplesItem, csv, gif);
        menu.textProperty().bind(I18n.bind("export.menu"));
        menu.setId("exportMenu");
        return menu;
    }

    private static MenuItem item(String key) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(I18n.bind(key));
        return item;
    }

    private MenuItem picture(String key, String suggestedName, Supplier<Node> node) {
        MenuItem item = item(key);
        item.setOnAction(e -> {
            Path file = dialogs.chooseExportFile(owner, I18n.text("export.picture.title", suggestedName), suggestedName, "png");
            if (file != null) {
                SnapshotParameters params = new SnapshotParameters();
                params.setFill(Color.WHITE);
                exports.exportImage(node.get().snapshot(params, null), file);
            }
        });
        return item;
    }
}
