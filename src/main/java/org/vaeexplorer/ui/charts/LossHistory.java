package org.vaeexplorer.ui.charts;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.vaeexplorer.store.CurvePoint;
import org.vaeexplorer.model.LossParts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;

/**
 * The loss curves' data, kept apart from any chart: per quantity, the smoothed training loss per
 * iteration and the test loss per epoch, x in epochs, y in nats per image. Append-only between
 * {@link #clear()}s; {@link #versionProperty()} ticks once per batch of appends so a chart can pull
 * what is new and redraw once.
 */
public final class LossHistory {

    /** The three curves: the negative ELBO and its two parts. */
    public enum Quantity {
        NEGATIVE_ELBO("Negative ELBO"),
        RECONSTRUCTION("Reconstruction"),
        KL("KL divergence");

        private final String title;

        Quantity(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public double of(LossParts parts) {
            return switch (this) {
                case NEGATIVE_ELBO -> parts.negElbo();
                case RECONSTRUCTION -> parts.reconstruction();
                case KL -> parts.kl();
            };
        }
    }

    /** Training or test curve. */
    public enum Split { TRAIN, TEST }

    /** A growable (x, y) list. */
    public static final class Points {
        private double[] x = new double[64];
        private double[] y = new double[64];
        private int size;

        void add(double px, double py) {
            if (size == x.length) {
                x = Arrays.copyOf(x, size * 2);
                y = Arrays.copyOf(y, size * 2);
            }
            x[size] = px;
            y[size] = py;
            size++;
        }

        public int size() {
            return size;
        }

        public double x(int i) {
            return x[i];
        }

        public double y(int i) {
            return y[i];
        }
    }

    private final Map<Quantity, Map<Split, Points>> points = new EnumMap<>(Quantity.class);
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    /** Changes when the curves are cleared, so a chart knows to start over rather than append. */
    private long generation;

    public LossHistory() {
        clearPoints();
    }

    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public long generation() {
        return generation;
    }

    public Points points(Quantity quantity, Split split) {
        return points.get(quantity).get(split);
    }

    public void add(Split split, double epochs, LossParts parts) {
        for (Quantity q : Quantity.values()) {
            points(q, split).add(epochs, q.of(parts));
        }
    }

    /** The training curve as drawn (smoothed per iteration, or per-epoch means for older models), to keep with a run. */
    public List<CurvePoint> trainCurve() {
        Points recon = points(Quantity.RECONSTRUCTION, Split.TRAIN);
        Points kl = points(Quantity.KL, Split.TRAIN);
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
        clearPoints();
        generation++;
        publish();
    }

    private void clearPoints() {
        for (Quantity q : Quantity.values()) {
            Map<Split, Points> bySplit = new EnumMap<>(Split.class);
            for (Split s : Split.values()) {
                bySplit.put(s, new Points());
            }
            points.put(q, bySplit);
        }
    }

    /** Total points held, for tests and the benchmark. */
    public int size() {
        int total = 0;
        for (Quantity q : Quantity.values()) {
            for (Split s : Split.values()) {
                total += points(q, s).size();
            }
        }
        return total;
    }
}
