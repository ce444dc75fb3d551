package org.vaeexplorer.ui.plane;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vaeexplorer.analysis.LatentProjection;
import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.ui.fx.HelpLine;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Theme;

/**
 * The latent plane's panel: a title with the manifold and fit buttons, the plot ({@link LatentPlot}: the
 * test set's latent means as coloured dots, axes in latent units, the draggable latent point, the manifold grid
 * when switched on) and the class legend beside it.
 */
public final class LatentPlaneView extends BorderPane {

    private final LatentPlot plot;
    private final ClassLegend legend = new ClassLegend(Theme.DIGIT_RGB.length);

    private final Label help;

    /** The plane's help line (what its dots are, what to drag), for the window to place. */
    public Label helpLine() {
        return help;
    }

    public LatentPlaneView(LatentPlaneViewModel viewModel) {
        this.plot = new LatentPlot(viewModel);
        getStyleClass().add("panel");

        Label title = new Label();
        title.setId("planeTitle");
        title.textProperty().bind(I18n.bind("plane.title"));
        title.getStyleClass().add("panel-title");
        // The plane's help line, naming the projection shown: one sentence, wrapped rather than cut. The window
        // shows it above the band of panels, with a word on the panels beside the plane (bandHelp).
        help = HelpLine.of("");
        help.setId("planeHelp");
        help.textProperty().bind(I18n.bind(() -> describe(viewModel.projectionProperty().get(),
                viewModel.classNamesProperty().get()), viewModel.projectionProperty(), viewModel.classNamesProperty()));

        ToggleButton manifold = new ToggleButton();
        manifold.textProperty().bind(I18n.bind("plane.manifold"));
        manifold.setId("manifoldToggle");
        manifold.setTooltip(Theme.tooltip(I18n.bind("plane.manifold.help")));
        manifold.setOnAction(e -> viewModel.setManifoldVisible(manifold.isSelected()));
        viewModel.manifoldVisibleProperty().addListener((obs, old, now) -> manifold.setSelected(now));

        Button fit = new Button();
        fit.setId("fitButton");
        fit.textProperty().bind(I18n.bind("plane.fit"));
        fit.setTooltip(Theme.tooltip(I18n.bind(() -> LatentPlaneViewModel.forItem(viewModel.classNamesProperty().get(),
                "plane.fit.help.digit", "plane.fit.help.image"), viewModel.classNamesProperty())));
        fit.setOnAction(e -> viewModel.fitToData());

        for (Region r : new Region[] {title, manifold, fit}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The buttons go under the title when the plane is narrow (presenter mode on a 1024-pixel screen).
        HBox buttons = new HBox(8, manifold, fit);
        FlowPane titleRow = new FlowPane(16, 4, title, buttons);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, titleRow);

        // Class names, or class numbers where the plane is narrow (ClassLegend).
        legend.setNames(viewModel.classNamesProperty().get());
        viewModel.classNamesProperty().addListener((obs, old, now) -> legend.setNames(now));
        legend.getStyleClass().add("plane-legend");
        legend.setId("planeLegend");
        Tooltip legendHelp = Theme.tooltip(I18n.bind(() -> LatentPlaneViewModel.forItem(viewModel.classNamesProperty().get(),
                "plane.legend.help.digit", "plane.legend.help.image"), viewModel.classNamesProperty()));
        Tooltip.install(legend, legendHelp);

        setTop(header);
        setRight(legend);
        setCenter(plot);
        BorderPane.setMargin(plot, new Insets(6, 0, 0, 0));
    }

    /** The plot's raster of dots and manifold, in device pixels (tests read its size). */
    WritableImage raster() {
        return plot.raster();
    }

    /** As narrow as the plot's least width beside the legend showing numbers (BorderPane would count its names). */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset()
                + Math.max(getTop().minWidth(-1), legend.minWidth(-1) + plot.minWidth(-1));
    }

    /** The legend shows the class names if they fit beside the plot's least width, else the numbers. */
    @Override
    protected void layoutChildren() {
        legend.fitTo(getWidth() - snappedLeftInset() - snappedRightInset() - plot.minWidth(-1));
        super.layoutChildren();
    }

    /** Dots of {@code radius} pixels (2 normally; larger in presenter mode, to read from the back of a room). */
    public void setDotRadius(int radius) {
        plot.setDotRadius(radius);
    }

    /** The plot node itself (focusable; mouse and keys go here). */
    public Region plot() {
        return plot;
    }

    private static String describe(LatentProjection p, ClassNames names) {
        String plane;
        if (p == null) {
            plane = I18n.text("plane.help.plane");
        } else if (p.isPca()) {
            plane = I18n.text("plane.help.pca", p.latentSize());
        } else {
            plane = I18n.text(p.latentSize() == 1 ? "plane.help.line" : "plane.help.z");
        }
        return I18n.text(names.digits() ? "plane.help.digit" : "plane.help.image", plane);
    }
}
