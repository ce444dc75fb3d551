package org.vaeexplorer.ui.tools.draw;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.Theme;
import org.vaeexplorer.ui.fx.DigitViews;
import org.vaeexplorer.ui.fx.I18n;

/** The drawing pad, its reconstruction and the posterior written out; the marker itself is on the plane. */
public final class DrawingPadView extends FlowPane {

    private final DrawingPadViewModel viewModel;
    private final int scale;
    private final ImageView pad = new ImageView();
    private final ImageView reconstruction = new ImageView();
    private final PixelPainter.Grid padPainter = new PixelPainter.Grid();
    private final PixelPainter.Grid reconstructionPainter = new PixelPainter.Grid();

    /** @param scale screen pixels per image pixel on the pad */
    public DrawingPadView(DrawingPadViewModel viewModel, int scale) {
        super(16, 12);
        this.viewModel = viewModel;
        this.scale = scale;
        getStyleClass().add("tool");

        Label title = I18n.bound(new Label(), "tools.draw.title");
        title.getStyleClass().add("panel-title");
        Label help = I18n.bound(new Label(), "tools.draw.help");
        help.getStyleClass().add("hint");
        Slider brush = new Slider(DrawingPadViewModel.MIN_BRUSH, DrawingPadViewModel.MAX_BRUSH, viewModel.brushProperty().get());
        brush.setId("brushSlider");
        brush.setMajorTickUnit(1);
        brush.setMinorTickCount(0);
        brush.setSnapToTicks(true);
        brush.setShowTickMarks(true);
        brush.setShowTickLabels(true);
        brush.setPrefWidth(150);
        brush.valueProperty().addListener((obs, old, now) -> viewModel.brushProperty().set((int) Math.round(now.doubleValue())));
        Button clear = I18n.bound(new Button(), "tools.draw.clear");
        clear.setId("drawClear");
        clear.setOnAction(e -> viewModel.clear());
        VBox controls = new VBox(8, title, I18n.bound(new Label(), "tools.draw.brush"), brush, clear);

        pad.setId("drawingPad");
        pad.setSmooth(false);
        pad.setCursor(Cursor.CROSSHAIR);
        pad.addEventHandler(MouseEvent.MOUSE_PRESSED, this::stroke);
        pad.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::stroke);
        StackPane padFrame = DigitViews.frame(pad);

        reconstruction.setId("drawingReconstruction");
        reconstruction.setSmooth(false);
        Label arrow = new Label("\u2192");
        arrow.getStyleClass().add("panel-title");
        ImageView framed = new ImageView();
        framed.setId("drawingFramed");
        framed.setSmooth(false);
        PixelPainter.Grid framedPainter = new PixelPainter.Grid();
        Label framedCaption = I18n.bound(DigitViews.caption(null), "tools.draw.framed");
        framedCaption.setTooltip(Theme.tooltip(I18n.bind("tools.draw.framed.tip")));
        VBox reconstructed = new VBox(6, framedCaption, DigitViews.frame(framed),
                DigitViews.caption("decode(\u03bc)"), DigitViews.frame(reconstruction));
        viewModel.framedProperty().addListener((obs, old, now) -> DigitViews.paint(framed, framedPainter, now, Math.max(2, scale / 2)));
        VBox drawn = new VBox(6, I18n.bound(DigitViews.caption(null), "tools.draw.yours"), padFrame);

        Label summary = new Label();
        summary.setId("drawingSummary");
        summary.getStyleClass().add("latent-text");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setMinWidth(USE_PREF_SIZE);
        help.setMinWidth(USE_PREF_SIZE);
        VBox encoded = new VBox(12, summary, help);

        setAlignment(Pos.TOP_LEFT);
        setRowValignment(VPos.TOP);
        setPrefWrapLength(0); // its least width: the widest part; given more, the parts line up side by side
        setPadding(new Insets(8));
        VBox arrowBox = new VBox(arrow);
        arrowBox.setAlignment(Pos.CENTER);
        getChildren().addAll(controls, drawn, arrowBox, reconstructed, encoded);
        viewModel.drawingProperty().addListener((obs, old, now) -> DigitViews.paint(pad, padPainter, now, scale));
        viewModel.reconstructionProperty().addListener((obs, old, now) -> DigitViews.paint(reconstruction, reconstructionPainter, now, Math.max(2, scale / 2)));
        DigitViews.paint(pad, padPainter, viewModel.drawingProperty().get(), scale);
    }


    private void stroke(MouseEvent e) {
        if (pad.getImage() == null) {
            return;
        }
        viewModel.paint(e.getX() / pad.getImage().getWidth(), e.getY() / pad.getImage().getHeight(),
                e.getButton() == MouseButton.SECONDARY || e.isSecondaryButtonDown());
        e.consume();
    }
}
