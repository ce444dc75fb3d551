package org.vaeexplorer.analysis;

import org.vaeexplorer.model.LossParts;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The loss curves' data: per quantity, the training loss (smoothed, per iteration) and the test loss (per
 * epoch), x in epochs, y in nats per image. Append-only between {@link #clear()}s.
 */
public final class LossCurves {

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

    public LossCurves() {
        clear();
    }

    public Points points(Quantity quantity, Split split) {
        return points.get(quantity).get(split);
    }

    /** Appends the loss parts measured at {@code epochs} (fractional) to every quantity's {@code split} curve. */
    public void add(Split split, double epochs, LossParts parts) {
        for (Quantity q : Quantity.values()) {
            points(q, split).add(epochs, q.of(parts));
        }
    }


    public void clear() {
        for (Quantity q : Quantity.values()) {
            Map<Split, Points> bySplit = new EnumMap<>(Split.class);
            for (Split s : Split.values()) {
                bySplit.put(s, new Points());
            }
            points.put(q, bySplit);
        }
    }
}
