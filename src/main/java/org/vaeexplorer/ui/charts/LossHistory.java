package org.vaeexplorer.ui.charts;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.store.CurvePoint;

import java.util.ArrayList;
import java.util.List;

/**
 * The loss curves' data ({@link LossCurves}) as the charts watch it: {@link #versionProperty()} ticks once per
 * batch of appends, so a chart can pull what is new and redraw once, and {@link #generation()} changes when the
 * curves start over.
 */
public final class LossHistory {

    private final LossCurves curves = new LossCurves();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private long generation;

    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** Changes when the curves are cleared, so a chart knows to start over rather than append. */
    public long generation() {
        return generation;
    }

    public LossCurves.Points points(LossCurves.Quantity quantity, LossCurves.Split split) {
        return curves.points(quantity, split);
    }

    public void add(LossCurves.Split split, double epochs, LossParts parts) {
        curves.add(split, epochs, parts);
    }

    /** The training curve as drawn (smoothed per iteration, or per-epoch means for older models), to keep with a run. */
    public List<CurvePoint> trainCurve() {
        LossCurves.Points recon = points(LossCurves.Quantity.RECONSTRUCTION, LossCurves.Split.TRAIN);
        LossCurves.Points kl = points(LossCurves.Quantity.KL, LossCurves.Split.TRAIN);
        List<CurvePoint> curve = new ArrayList<>(recon.size());
        for (int i = 0; i < recon.size(); i++) {
            curve.add(new CurvePoint(recon.x(i), recon.y(i), kl.y(i)));
        }
        return curve;
    }

    /** Call after a batch of {@link #add}s: charts redraw once per call, not once per point. */
    public void publish() {
        version.set(version.get() + 1);
    }

    public void clear() {
        curves.clear();
        generation++;
        publish();
    }
}
