package org.vaeexplorer.ui.fx;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.vaeexplorer.analysis.GreyImages;

/** The small pieces every view of digits is built from: a framed digit, its caption, a picker of test images. */
public final class DigitViews {

    private DigitViews() {
    }

    /** A caption under or over a digit. */
    public static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        return label;
    }

    /** The digit picture in its frame, no larger than the picture. */
    public static StackPane frame(ImageView view) {
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("digit-frame");
        frame.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return frame;
    }

    /** Shows all of {@code images} side by side in {@code view} (nothing for none), each pixel a {@code scale}-pixel block. */
    public static void paint(ImageView view, PixelPainter.Grid painter, GreyImages images, int scale) {
        view.setImage(images == null || images.count() == 0 ? null
                : painter.paint(images, 0, images.count(), images.count(), scale, 0));
    }

    /** A spinner over the test images' indices, kept in step with {@code index} both ways. */
    public static Spinner<Integer> indexSpinner(IntegerProperty index, ReadOnlyIntegerProperty count) {
        var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Integer.MAX_VALUE, index.get());
        // No upper bound until the data is loaded: a bound of 0 then would clamp the box to 0 while the index,
        // and the label that describes it, stay at their own value ("test #1" above a box showing 0).
        factory.maxProperty().bind(Bindings.createIntegerBinding(
                () -> count.get() == 0 ? Integer.MAX_VALUE : count.get() - 1, count));
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setEditable(true);
        spinner.setPrefWidth(120);
        spinner.valueProperty().addListener((obs, old, now) -> index.set(now));
        index.addListener((obs, old, now) -> factory.setValue(now.intValue()));
        return spinner;
    }
}
