package org.vaeexplorer.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How well a score finds the anomalous images: the ROC curve (true-positive rate against false-positive rate
 * as the threshold falls from the highest score to the lowest) and the area under it, the AUROC. The area is
 * the probability that an anomalous image scores higher than a normal one, ties counting one half: the
 * Mann-Whitney statistic U / (P N) with mid-ranks (Hanley &amp; McNeil 1982), computed exactly. 1 separates
 * perfectly, 0.5 is a score that knows nothing, 0 is perfectly reversed.
 *
 * @param area              the AUROC, in [0, 1]
 * @param falsePositiveRate the curve's x, rising from 0 to 1
 * @param truePositiveRate  the curve's y, rising from 0 to 1; one threshold between equal scores is never
 *                          drawn, so tied images make one diagonal step and the trapezoids' area is {@code area}
 */
public record Roc(double area, double[] falsePositiveRate, double[] truePositiveRate) {

    /**
     * @param scores    one score per image, higher meaning more anomalous
     * @param anomalous which images are the anomalies to find
     * @throws IllegalArgumentException when the lengths differ, a score is NaN, or either kind is missing
     */
    public static Roc of(double[] scores, boolean[] anomalous) {
        if (scores.length != anomalous.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + anomalous.length + " labels");
        }
        if (Arrays.stream(scores).anyMatch(Double::isNaN)) {
            throw new IllegalArgumentException("a score is NaN");
        }
        int positives = 0;
        for (boolean a : anomalous) {
            positives += a ? 1 : 0;
        }
        int negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("an ROC needs anomalies and normal images, got " + positives
                    + " and " + negatives);
        }
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, 0});
        long truePositives = 0;
        long falsePositives = 0;
        // Sum over anomalies of the normal images scored below them, plus half of those scored equal.
        double wins = 0;
        for (int from = 0; from < order.length; ) {
            int to = from;
            int groupPositives = 0;
            while (to < order.length && scores[order[to]] == scores[order[from]]) {
                groupPositives += anomalous[order[to]] ? 1 : 0;
                to++;
            }
            int groupNegatives = to - from - groupPositives;
            long negativesBelow = negatives - falsePositives - groupNegatives;
            wins += groupPositives * (negativesBelow + 0.5 * groupNegatives);
            truePositives += groupPositives;
            falsePositives += groupNegatives;
            add(points, (double) falsePositives / negatives, (double) truePositives / positives);
            from = to;
        }
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        return new Roc(wins / ((double) positives * negatives), x, y);
    }

    /**
     * Adds (x, y), first dropping the last point when it lies inside a straight vertical or horizontal run that
     * (x, y) continues: the curve drawn is the same, with far fewer points.
     */
    private static void add(List<double[]> points, double x, double y) {
        int n = points.size();
        if (n >= 2) {
            double[] a = points.get(n - 2);
            double[] b = points.get(n - 1);
            if (a[0] == b[0] && b[0] == x || a[1] == b[1] && b[1] == y) {
                points.remove(n - 1);
            }
        }
        points.add(new double[] {x, y});
    }

    /** The true-positive rate at the largest false-positive rate not above {@code fpr}: "finds this share at that cost". */
    public double truePositiveRateAt(double fpr) {
        double best = 0;
        for (int i = 0; i < falsePositiveRate.length && falsePositiveRate[i] <= fpr; i++) {
            best = Math.max(best, truePositiveRate[i]);
        }
        return best;
    }
}
