package org.vaeexplorer.ui.export;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.vaeexplorer.ui.fx.FileDialogs;

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
        MenuItem all = picture("Window as PNG\u2026", "vae-explorer.png", window);
        all.setId("exportWindowMenuItem");
        all.setAccelerator(windowAccelerator);
        MenuItem planeItem = picture("Latent plane as PNG\u2026", "latent-plane.png", () -> plane);
        MenuItem chartsItem = picture("Loss charts as PNG\u2026", "loss-curves.png", () -> charts);
        MenuItem samplesItem = picture("Blurry \u2192 sharp strip as PNG\u2026", "blurry-to-sharp.png", () -> samples);

        MenuItem csv = new MenuItem("Training history as CSV\u2026");
        csv.setId("exportCsvMenuItem");
        csv.setOnAction(e -> {
            if (!exports.historyExportable()) {
                return;
            }
            Path file = dialogs.chooseExportFile(owner, "Export the training history", "training-history.csv", "csv");
            if (file != null) {
                exports.exportHistoryCsv(file);
            }
        });
        MenuItem gif = new MenuItem("Blurry \u2192 sharp as animated GIF\u2026");
        gif.setId("exportGifMenuItem");
        gif.setOnAction(e -> {
            if (!exports.samplesExportable()) {
                return;
            }
            Path file = dialogs.chooseExportFile(owner, "Export blurry \u2192 sharp", "blurry-to-sharp.gif", "gif");
            if (file != null) {
                exports.exportSamplesGif(file);
            }
        });
        Menu menu = new Menu("Export", null, all, planeItem, chartsItem, samplesItem, csv, gif);
        menu.setId("exportMenu");
        return menu;
    }

    private MenuItem picture(String title, String suggestedName, Supplier<Node> node) {
        MenuItem item = new MenuItem(title);
        item.setOnAction(e -> {
            Path file = dialogs.chooseExportFile(owner, "Export " + suggestedName, suggestedName, "png");
            if (file != null) {
                SnapshotParameters params = new SnapshotParameters();
                params.setFill(Color.WHITE);
                exports.exportImage(node.get().snapshot(params, null), file);
            }
        });
        return item;
    }
}
