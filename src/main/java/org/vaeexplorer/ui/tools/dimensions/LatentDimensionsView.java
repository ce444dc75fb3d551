package org.vaeexplorer.ui.tools.dimensions;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.vaeexplorer.analysis.LatentPaths;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.ToolRefresh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One slider per latent coordinate of the dragged point, and the traversal grid: a row per dimension, a
 * column per value from -3 to 3, everything else at the point.
 */
public final class LatentDimensionsView extends HBox {

    /** Slider groups side by side: 20 dimensions make 5 rows of 4. */
    static final int SLIDER_COLUMNS = 2;

    private final LatentDimensionsViewModel viewModel;
    private final GridPane sliders = new GridPane();
    private final GridPane traversal = new GridPane();
    private final List<Slider> sliderList = new ArrayList<>();
    private final List<Label> valueLabels = new ArrayList<>();
    private final int scale;
    private boolean updating;
    private final ToolRefresh sliderRefresh;

    public LatentDimensionsView(LatentDimensionsViewModel viewModel, int scale) {
        super(16);
        this.viewModel = viewModel;
        this.scale = scale;
        getStyleClass().add("tool");
        setPadding(new Insets(8));

        Label title = I18n.bound(new Label(), "tools.dimensions.title");
        title.getStyleClass().add("panel-title");
        Label help = I18n.bound(new Label(), "tools.dimensions.help");
        help.getStyleClass().add("hint");
        help.setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        title.setMinWidth(USE_PREF_SIZE);
        sliders.setId("latentSliders");
        sliders.setHgap(8);
        sliders.setVgap(4);
        ScrollPane sliderScroll = new ScrollPane(sliders);
        sliderScroll.getStyleClass().add("tool-scroll");
        sliderScroll.setFitToWidth(true);
        sliderScroll.setMinWidth(USE_PREF_SIZE);
        VBox left = new VBox(6, title, help, sliderScroll);

        Label gridTitle = I18n.bound(new Label(), "tools.dimensions.traversal");
        gridTitle.getStyleClass().add("panel-title");
        Label gridHelp = I18n.bound(new Label(), "tools.dimensions.traversal.help");
        gridHelp.getStyleClass().add("hint");
        traversal.setId("traversalGrid");
        traversal.setHgap(4);
        traversal.setVgap(4);
        ScrollPane gridScroll = new ScrollPane(traversal);
        gridScroll.getStyleClass().add("tool-scroll");
        gridScroll.setMinWidth(0); // in a narrow tab the grid scrolls in its own pane, the sliders stay whole
        gridHelp.setWrapText(true);
        gridHelp.setMinWidth(0);
        gridHelp.setPrefWidth(0);
        HBox.setHgrow(gridHelp, Priority.ALWAYS);
        gridTitle.setMinWidth(USE_PREF_SIZE);
        VBox right = new VBox(6, new HBox(12, gridTitle, gridHelp), gridScroll);
        right.setMinWidth(0);
        HBox.setHgrow(right, Priority.ALWAYS);

        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(left, right);
        viewModel.dimensionsProperty().addListener((obs, old, now) -> buildSliders(now.intValue()));
        // The sliders follow the point only while the tab shows: a hidden tab's sliders and labels, set on
        // every drag event, made the FX thread lay out and restyle them for nothing.
        sliderRefresh = new ToolRefresh(() -> showLatent(viewModel.latentProperty().get()));
        sliderRefresh.activeProperty().bind(viewModel.activeProperty());
        viewModel.latentProperty().addListener((obs, old, now) -> sliderRefresh.request());
        viewModel.traversalProperty().addListener((obs, old, now) -> showTraversal(now));
        buildSliders(viewModel.dimensionsProperty().get());
        showLatent(viewModel.latentProperty().get());
    }


    /** The slider of dimension {@code i} (tests). */
    Slider slider(int i) {
        return sliderList.get(i);
    }

    private void buildSliders(int dimensions) {
        sliders.getChildren().clear();
        sliderList.clear();
        valueLabels.clear();
        for (int i = 0; i < dimensions; i++) {
            int dimension = i;
            Slider slider = new Slider(-LatentDimensionsViewModel.LIMIT, LatentDimensionsViewModel.LIMIT, 0);
            slider.setId("latentSlider" + i);
            slider.setPrefWidth(110);
            slider.valueProperty().addListener((obs, old, now) -> {
                if (!updating) {
                    viewModel.setCoordinate(dimension, now.doubleValue());
                }
            });
            Label name = new Label("z" + (i + 1));
            name.getStyleClass().add("legend-entry");
            name.setMinWidth(USE_PREF_SIZE);
            Label value = new Label();
            value.getStyleClass().add("latent-text");
            value.setMinWidth(60);
            sliderList.add(slider);
            valueLabels.add(value);
            int column = (i % SLIDER_COLUMNS) * 3;
            int row = i / SLIDER_COLUMNS;
            sliders.add(name, column, row);
            sliders.add(slider, column + 1, row);
            sliders.add(value, column + 2, row);
        }
        showLatent(viewModel.latentProperty().get());
    }

    private void showLatent(float[] z) {
        if (z == null || z.length != sliderList.size()) {
            return;
        }
        updating = true;
        try {
            for (int i = 0; i < z.length; i++) {
                sliderList.get(i).setValue(z[i]);
                valueLabels.get(i).setText(String.format(Locale.ROOT, "%.2f", z[i]).replace('-', '\u2212'));
            }
        } finally {
            updating = false;
        }
    }

    private void showTraversal(LatentDimensionsViewModel.Traversal t) {
        traversal.getChildren().clear();
        if (t == null) {
            return;
        }
        float[] values = LatentPaths.TRAVERSAL_VALUES;
        traversal.getColumnConstraints().clear();
        traversal.getColumnConstraints().add(new ColumnConstraints());
        for (int c = 0; c < values.length; c++) {
            // one grid column per image cell, the grid's gap equal to the painted gap, so headings sit over cells
            double cell = t.grid().cols() * scale;
            traversal.getColumnConstraints().add(new ColumnConstraints(cell, cell, cell));
        }
        for (int c = 0; c < values.length; c++) {
            Label head = new Label(String.format(Locale.ROOT, "%+.0f", values[c]).replace('-', '\u2212'));
            head.getStyleClass().add("caption");
            traversal.add(head, c + 1, 0);
            GridPane.setHalignment(head, HPos.CENTER);
        }
        int dims = t.z().length;
        for (int r = 0; r < dims; r++) {
            Label name = new Label("z" + (r + 1));
            name.getStyleClass().add("legend-entry");
            name.setMinWidth(USE_PREF_SIZE);
            traversal.add(name, 0, r + 1);
            ImageView row = new ImageView(new PixelPainter.Grid().paint(t.grid(), r * values.length, values.length,
                    values.length, scale, 4));
            row.setSmooth(false);
            traversal.add(row, 1, r + 1, values.length, 1);
        }
    }
}
