package org.vaeexplorer.ui.plane;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.analysis.LatentAnalysis;

/** A few test digits and their reconstructions decode(encode(x).mean) by the current model. */
public final class ReconstructionViewModel {

    /** How many test digits to show: one per class from 0, as many as fit a column at 1280x720. */
    public static final int DIGITS = 5;

    private final ReadOnlyObjectWrapper<GreyImages> originals = new ReadOnlyObjectWrapper<>(this, "originals");
    private final ReadOnlyObjectWrapper<GreyImages> reconstructions = new ReadOnlyObjectWrapper<>(this, "reconstructions");

    public ReadOnlyObjectProperty<GreyImages> originalsProperty() {
        return originals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GreyImages> reconstructionsProperty() {
        return reconstructions.getReadOnlyProperty();
    }

    public void show(LatentAnalysis analysis) {
        originals.set(analysis.originals());
        reconstructions.set(analysis.reconstructions());
    }
}
