package org.vaeexplorer.ui.samples;

import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.vaeexplorer.store.SampleSnapshot;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.ui.fx.CanvasPane;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.Theme;

import java.util.List;

/**
 * Blurry to sharp: one row per snapshot of the fixed latent samples' decodings, the scrubbed-to snapshot
 * at the bottom with the ones before it above, and a slider through the whole history.
 */
public final class SampleStripView extends VBox {

    private final SampleStripViewModel viewModel;
    private final Strip strip = new Strip();

    public SampleStripView(SampleStripViewModel viewModel) {
        super(6);
        this.viewModel = viewModel;
        getStyleClass().add("panel");
        Label caption = new Label();
        caption.textProperty().bind(I18n.bind("samples.caption"));
        caption.getStyleClass().add("panel-subtitle");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE); // on as many lines as it needs beside the lesson: the strip gives way

        Slider slider = new Slider(0, 0, 0);
        slider.setId("sampleSlider");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setTooltip(Theme.tooltip(I18n.bind("samples.slider")));
        slider.maxProperty().bind(viewModel.lastProperty().map(n -> Math.max(0, n.intValue())));
        slider.disableProperty().bind(viewModel.lastProperty().lessThan(1));
        slider.valueProperty().addListener((obs, old, now) -> viewModel.selectedProperty().set((int) Math.round(now.doubleValue())));
        viewModel.selectedProperty().addListener((obs, old, now) -> slider.setValue(now.intValue()));

        Label label = new Label();
        label.setId("sampleLabel");
        label.textProperty().bind(viewModel.selectedLabelProperty());

        VBox.setVgrow(strip, Priority.ALWAYS);
        getChildren().addAll(caption, strip, slider, label);

        viewModel.snapshots().addListener((ListChangeListener<SampleSnapshot>) c -> strip.invalidate());
        viewModel.selectedProperty().addListener(x -> strip.invalidate());
        I18n.onChange(this, strip::invalidate); // the rows' labels
    }

    private final class Strip extends CanvasPane {
        static final int LABEL_WIDTH = 100;
        static final int GAP = 3;
        static final int MIN_CELL = 20;
        static final int MAX_CELL = 56;

        private WritableImage raster;

        Strip() {
            setId("sampleStrip");
            setMinHeight(60);
        }

        @Override
        protected void redraw(double w, double h) {
            GraphicsContext gc = canvas().getGraphicsContext2D();
            gc.clearRect(0, 0, w, h);
            List<SampleSnapshot> all = viewModel.snapshots();
            int selected = Math.min(viewModel.selectedProperty().get(), all.size() - 1);
            if (all.isEmpty() || selected < 0) {
                return;
            }
            SampleSnapshot first = all.get(0);
            int side = (int) Math.round(Math.sqrt(first.pixelsPerImage()));
            int count = first.count();
            List<Integer> overview = viewModel.overview();
            int wantedRows = Math.max(1, overview.size());
            int byWidth = (int) ((w - LABEL_WIDTH - count * GAP) / count);
            int byHeight = (int) (h / wantedRows) - GAP;
            int cell = Math.max(MIN_CELL, Math.min(MAX_CELL, Math.min(byWidth, byHeight)));
            int rowHeight = cell + GAP;
            int visibleRows = Math.max(1, Math.min(overview.size(), (int) (h / rowHeight)));
            List<Integer> rows = SampleStripViewModel.spread(overview, visibleRows);
            int imageWidth = count * (cell + GAP);
            int imageHeight = visibleRows * rowHeight;
            int[] buffer = new int[imageWidth * imageHeight];
            gc.setFont(Theme.FONT);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.CENTER);
            for (int r = 0; r < visibleRows; r++) {
                int index = rows.get(r);
                SampleSnapshot s = all.get(index);
                GreyImages images = new GreyImages(s.count(), side, side, s.pixels());
                for (int i = 0; i < Math.min(count, s.count()); i++) {
                    PixelPainter.paintTile(buffer, imageWidth, imageWidth, imageHeight, images, i,
                            i * (cell + GAP), r * rowHeight, cell, cell);
                }
                gc.setFill(index == selected ? Color.BLACK : Color.web("#555555"));
                gc.fillText(epochLabel(s), LABEL_WIDTH - 10, r * rowHeight + cell / 2.0);
            }
            if (raster == null || (int) raster.getWidth() != imageWidth || (int) raster.getHeight() != imageHeight) {
                raster = new WritableImage(imageWidth, imageHeight);
            }
            PixelPainter.write(raster, buffer, imageWidth, imageHeight);
            gc.drawImage(raster, LABEL_WIDTH, 0);
            gc.setStroke(Theme.TEST_COLOR);
            gc.setLineWidth(3);
            gc.strokeRect(LABEL_WIDTH - 2.5, (visibleRows - 1) * rowHeight - 2.5, imageWidth - GAP + 5, cell + 5);
        }
    }

    /** "iteration 12" for the very first snapshots, else "epoch 0.50". */
    static String epochLabel(SampleSnapshot s) {
        return s.epochs() < 0.01 ? I18n.text("samples.row.iteration", s.iteration())
                : I18n.text("samples.row.epoch", s.epochs());
    }
}
