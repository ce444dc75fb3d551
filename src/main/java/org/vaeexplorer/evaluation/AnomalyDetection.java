package org.vaeexplorer.evaluation;

import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.InvalidValueException;
import org.vaeexplorer.model.Vae;

import java.util.EnumMap;
import java.util.Map;

/**
 * How well a model trained without one digit finds that digit among the test images, by each of three
 * scores of how unlikely an image is: the ROC and its area per score. The three come from the same k draws
 * z_j ~ q(z|x) per image ({@link ImportanceWeighted#overSet}), so they differ only in what they make of them.
 */
public final class AnomalyDetection {

    /** Draws per image: the importance-weighted bound of evaluate --full, so its scores are those figures' own. */
    public static final int DRAWS = FullEvaluation.Settings.IWAE_SAMPLES;

    /** A score of how anomalous an image is: the higher, the stranger to the model. */
    public enum Score {
        RECONSTRUCTION("\u2212log p(x|z)", "reconstruction log-probability (mean of log p(x|z) over the draws), negated"),
        NEG_ELBO("\u2212ELBO", "negative ELBO: the reconstruction term plus the KL of q(z|x) from the prior"),
        IMPORTANCE_WEIGHTED("\u2212log p(x), IWAE", "importance-weighted estimate of log p(x), negated");

        private final String label;
        private final String meaning;

        Score(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }

        /** Short, for a legend or a table column: "−ELBO". */
        public String label() {
            return label;
        }

        /** One line saying what it is. */
        public String meaning() {
            return meaning;
        }
    }

    /**
     * @param digit     the class looked for
     * @param anomalies test images of that class
     * @param images    test images in all
     * @param draws     draws from q(z|x) per image
     * @param curves    the ROC of each score
     */
    public record Result(int digit, int anomalies, int images, int draws, Map<Score, Roc> curves) {

        public Result {
            curves = Map.copyOf(curves);
        }

        public Roc roc(Score score) {
            return curves.get(score);
        }
    }

    private AnomalyDetection() {
    }

    /**
     * Scores every image of {@code test} with {@code draws} draws each (noise seeded with {@code seed}) and
     * measures how well each score finds the images labelled {@code digit}.
     *
     * @throws IllegalArgumentException when the test set has no image of {@code digit}, or only those
     */
    public static Result measure(Vae vae, ImageSet test, int digit, int draws, long seed, Progress progress) {
        boolean[] anomalous = new boolean[test.count()];
        int anomalies = 0;
        for (int i = 0; i < anomalous.length; i++) {
            anomalous[i] = test.label(i) == digit;
            anomalies += anomalous[i] ? 1 : 0;
        }
        if (anomalies == 0 || anomalies == test.count()) {
            throw new InvalidValueException(anomalies == 0 ? Fault.of("evaluation.noImagesOfClass", digit)
                    : Fault.of("evaluation.onlyImagesOfClass", digit));
        }
        ImportanceWeighted.Bounds b = ImportanceWeighted.overSet(vae, test, draws, seed, progress);
        Map<Score, Roc> curves = new EnumMap<>(Score.class);
        curves.put(Score.RECONSTRUCTION, Roc.of(negated(b.reconstruction()), anomalous));
        curves.put(Score.NEG_ELBO, Roc.of(negated(b.elbo()), anomalous));
        curves.put(Score.IMPORTANCE_WEIGHTED, Roc.of(negated(b.importanceWeighted()), anomalous));
        return new Result(digit, anomalies, test.count(), draws, curves);
    }

    private static double[] negated(double[] logLikelihoods) {
        double[] scores = new double[logLikelihoods.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = -logLikelihoods[i];
        }
        return scores;
    }
}
