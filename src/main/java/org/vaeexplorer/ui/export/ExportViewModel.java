package org.vaeexplorer.ui.export;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ShuffledBatches;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.store.SampleSnapshot;
import org.vaeexplorer.store.HistoryCsv;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.UserError;
import org.vaeexplorer.ui.samples.SampleStripViewModel;
import org.vaeexplorer.ui.session.CurrentModel;

import java.awt.image.BufferedImage;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File > Export: a picture of the window, the current model's training history as CSV, the
 * blurry-to-sharp history as an animated GIF. Files are written in the background; a failure (a
 * read-only folder, a full disk) becomes an error dialog naming the file.
 */
public final class ExportViewModel {

    private final BackgroundExecutor executor;
    private final ReadOnlyObjectProperty<CurrentModel> model;
    private final ReadOnlyObjectProperty<Dataset> data;
    private final SampleStripViewModel samples;
    private final Consumer<UserError> errors;
    private final Consumer<Supplier<String>> messages;

    public ExportViewModel(BackgroundExecutor executor, ReadOnlyObjectProperty<CurrentModel> model,
                    ReadOnlyObjectProperty<Dataset> data, SampleStripViewModel samples,
                    Consumer<UserError> errors, Consumer<Supplier<String>> messages) {
        this.executor = executor;
        this.model = model;
        this.data = data;
        this.samples = samples;
        this.errors = errors;
        this.messages = messages;
    }

    /**
     * Writes {@code snapshot} (of part of the window, taken on the FX thread) as PNG. Its pixels are copied
     * into an AWT image in the background too: the first copy loads AWT, frames the window would not draw.
     */
    public void exportImage(javafx.scene.image.Image snapshot, Path file) {
        exportPicture(() -> ImageFiles.toBufferedImage(snapshot), file);
    }

    /** Writes the picture {@code picture} makes, in the background, as PNG. */
    void exportPicture(java.util.function.Supplier<BufferedImage> picture, Path file) {
        write(withExtension(file, "png"), target -> ImageFiles.writePng(picture.get(), target));
    }

    /**
     * True if the current model has a finished epoch to export; otherwise says "Nothing to export" and
     * returns false. Asked before the file chooser opens, so nobody picks a file for nothing.
     */
    public boolean historyExportable() {
        CurrentModel m = model.get();
        if (m == null || m.history().epochCount() == 0) {
            errors.accept(new UserError(I18n.text("export.nothing"), I18n.text("export.nothing.history")));
            return false;
        }
        return true;
    }

    /** As {@link #historyExportable()}, for the blurry-to-sharp snapshots. */
    public boolean samplesExportable() {
        if (samples.snapshots().isEmpty() || model.get() == null) {
            errors.accept(new UserError(I18n.text("export.nothing"), I18n.text("export.nothing.samples")));
            return false;
        }
        return true;
    }

    /** The current model's per-epoch losses as CSV. */
    public void exportHistoryCsv(Path file) {
        if (!historyExportable()) {
            return;
        }
        CurrentModel m = model.get();
        Dataset d = data.get();
        int batchesPerEpoch = d == null ? 0 : new ShuffledBatches(d.train().count(), m.config().batchSize(), 0).batchesPerEpoch();
        write(withExtension(file, "csv"), target -> HistoryCsv.write(m.history(), batchesPerEpoch, target));
    }

    /** The blurry-to-sharp snapshots as an animated GIF, one frame each. */
    public void exportSamplesGif(Path file) {
        if (!samplesExportable()) {
            return;
        }
        List<SampleSnapshot> shots = List.copyOf(samples.snapshots());
        CurrentModel m = model.get();
        int rows = m.config().imageRows();
        int cols = m.config().imageCols();
        write(withExtension(file, "gif"), target -> ImageFiles.writeGif(shots, rows, cols, target));
    }

    @FunctionalInterface
    private interface FileWork {
        void writeTo(Path file) throws Exception;
    }

    private void write(Path file, FileWork work) {
        messages.accept(() -> I18n.text("export.exporting", file.getFileName()));
        executor.submit(() -> {
            work.writeTo(file);
            return file;
        }, written -> messages.accept(() -> I18n.text("export.exported", written.toAbsolutePath())), e -> {
            messages.accept(() -> "");
            String why = e instanceof AccessDeniedException ? Fault.of("permissionDenied").in(I18n.language().locale())
                    : I18n.detail(e);
            errors.accept(new UserError(I18n.text("export.failed"), I18n.text("export.failed.text", file.toAbsolutePath(), why)));
        });
    }

    static Path withExtension(Path file, String extension) {
        String name = String.valueOf(file.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file : file.resolveSibling(name + "." + extension);
    }
}
