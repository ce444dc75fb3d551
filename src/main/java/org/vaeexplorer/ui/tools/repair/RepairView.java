package org.vaeexplorer.ui.tools.repair;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.DigitViews;
import org.vaeexplorer.ui.fx.I18n;

/** A test digit with part of it hidden, the model's repair, and the original. */
public final class RepairView extends FlowPane {

    /** Hidden pixels are shown in this colour, so nobody mistakes them for black ink-free pixels. */
    public static final int HIDDEN_ARGB = 0xFF3B5B92;

    private final RepairViewModel viewModel;
    private final ImageView masked = new ImageView();
    private final ImageView repaired = new ImageView();
    private final ImageView original = new ImageView();
    private final PixelPainter.Grid repairedPainter = new PixelPainter.Grid();
    private final PixelPainter.Grid originalPainter = new PixelPainter.Grid();
    private final int scale;

    public RepairView(RepairViewModel viewModel, int scale) {
        super(16, 12);
        this.viewModel = viewModel;
        this.scale = scale;
        getStyleClass().add("tool");
        setPadding(new Insets(8));

        Label title = I18n.bound(new Label(), "tools.repair.title");
        title.getStyleClass().add("panel-title");
        Spinner<Integer> index = DigitViews.indexSpinner(viewModel.indexProperty(), viewModel.testCountProperty());
        index.setId("repairIndex");
        ChoiceBox<RepairViewModel.Hidden> hidden = new ChoiceBox<>();
        hidden.getItems().setAll(RepairViewModel.Hidden.values());
        hidden.setId("repairHidden");
        hidden.valueProperty().bindBidirectional(viewModel.hiddenProperty());
        hidden.setConverter(choices());
        // A new converter makes the choice box write its items anew, in the language now chosen.
        I18n.onChange(hidden, () -> hidden.setConverter(choices()));
        Spinner<Integer> iterations = new Spinner<>(1, RepairViewModel.MAX_ITERATIONS, viewModel.iterationsProperty().get(), 5);
        iterations.setId("repairIterations");
        iterations.setEditable(true);
        iterations.setPrefWidth(110);
        iterations.valueProperty().addListener((obs, old, now) -> viewModel.iterationsProperty().set(now));
        Button clear = I18n.bound(new Button(), "tools.repair.clear");
        clear.setOnAction(e -> viewModel.clearPainted());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, I18n.bound(new Label(), "tools.repair.index"), index);
        form.addRow(1, I18n.bound(new Label(), "tools.repair.hide"), hidden);
        form.addRow(2, I18n.bound(new Label(), "tools.repair.rounds"), iterations);
        Label help = I18n.bound(new Label(), "tools.repair.help");
        help.setWrapText(true);
        help.setPrefWidth(320);
        help.getStyleClass().add("hint");
        help.setMinWidth(160);
        VBox controls = new VBox(8, title, form, clear);
        controls.setMinWidth(USE_PREF_SIZE);

        masked.setId("repairMasked");
        repaired.setId("repairedImage");
        original.setId("repairOriginal");
        for (ImageView v : new ImageView[] {masked, repaired, original}) {
            v.setSmooth(false);
        }
        masked.setCursor(Cursor.CROSSHAIR);
        masked.addEventHandler(MouseEvent.MOUSE_PRESSED, this::paint);
        masked.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::paint);

        setAlignment(Pos.TOP_LEFT);
        setRowValignment(VPos.TOP);
        setPrefWrapLength(0); // its least width: the widest part; given more, the parts line up side by side
        getChildren().addAll(controls,
                new VBox(6, I18n.bound(DigitViews.caption(null), "tools.repair.caption.hidden"), DigitViews.frame(masked)),
                new VBox(6, I18n.bound(DigitViews.caption(null), "tools.repair.caption.repaired"), DigitViews.frame(repaired)),
                new VBox(6, I18n.bound(DigitViews.caption(null), "tools.repair.caption.original"), DigitViews.frame(original)),
                help);
        viewModel.repairProperty().addListener((obs, old, now) -> show(now));
    }

    private static StringConverter<RepairViewModel.Hidden> choices() {
        return new StringConverter<>() {
            @Override
            public String toString(RepairViewModel.Hidden h) {
                return h == null ? "" : h.toString();
            }

            @Override
            public RepairViewModel.Hidden fromString(String s) {
                return null;
            }
        };
    }


    private void paint(MouseEvent e) {
        if (masked.getImage() == null) {
            return;
        }
        viewModel.paintHidden(e.getX() / masked.getImage().getWidth(), e.getY() / masked.getImage().getHeight(),
                e.getButton() == MouseButton.SECONDARY || e.isSecondaryButtonDown());
        e.consume();
    }

    private void show(RepairViewModel.Repair r) {
        if (r == null) {
            return;
        }
        masked.setImage(maskedImage(r.original(), r.known(), scale));
        DigitViews.paint(repaired, repairedPainter, r.repaired(), scale);
        DigitViews.paint(original, originalPainter, r.original(), scale);
    }

    /** The original with its hidden pixels in {@link #HIDDEN_ARGB}, each pixel a scale x scale block. */
    static WritableImage maskedImage(GreyImages image, boolean[] known, int scale) {
        int w = image.cols() * scale;
        int h = image.rows() * scale;
        int[] buffer = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y / scale) * image.cols() + x / scale;
                buffer[y * w + x] = known[i] ? PixelPainter.grey(image.pixels()[i]) : HIDDEN_ARGB;
            }
        }
        WritableImage out = new WritableImage(w, h);
        PixelPainter.write(out, buffer, w, h);
        return out;
    }
}
