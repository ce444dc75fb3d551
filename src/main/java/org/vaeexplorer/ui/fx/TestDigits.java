package org.vaeexplorer.ui.fx;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ImageSet;

/** The test images as the tools pick them, by number (DigitViews#indexSpinner). */
public final class TestDigits {

    private TestDigits() {
    }

    /** How many test images the dataset in {@code data} has, 0 until one is loaded: where a picker stops. */
    public static ReadOnlyIntegerProperty countOf(ReadOnlyObjectProperty<Dataset> data) {
        ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(data, "testCount");
        count.bind(Bindings.createIntegerBinding(() -> data.get() == null ? 0 : data.get().test().count(), data));
        return count.getReadOnlyProperty();
    }

    /** {@code index} brought into {@code test}'s range: a number typed past the end picks the last image. */
    public static int clamp(ImageSet test, int index) {
        return Math.max(0, Math.min(test.count() - 1, index));
    }
}
