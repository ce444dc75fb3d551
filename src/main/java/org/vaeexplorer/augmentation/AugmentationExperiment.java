package org.vaeexplorer.augmentation;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.data.ShuffledBatches;
import org.vaeexplorer.evaluation.DigitClassifier;
import org.vaeexplorer.evaluation.FullEvaluation;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.InvalidValueException;
import org.vaeexplorer.model.Vae;

import java.util.Random;

/**
 * Does the VAE's synthetic data help a classifier? Two cases, each over several seeds (a seed draws the real
 * subset, the latent samples and the classifier's weights and shuffling):
 * <ul>
 *   <li>small data: a classifier trained on {@code realPerClass} real images of each class, against one trained on
 *       the same images plus {@code syntheticPerClass} synthetic ones of each class; test accuracy;</li>
 *   <li>imbalance: {@code imbalancedPerClass} real images of each class but the minority class cut to 1% of that,
 *       against the same set topped up with synthetic images of the minority class to the others' count; the
 *       minority class's recall on the test set.</li>
 * </ul>
 * The generator sees only the labels the classifier is given: the class Gaussians are fitted to the encodings of the
 * training subset at hand, never to the labels of the whole training set (the VAE itself was trained without
 * labels). Every classifier gets about the same number of minibatch steps, so a larger set is not simply more
 * training. Runs on the calling thread, which owns all the networks.
 */
public final class AugmentationExperiment {

    /**
     * @param steps minibatch steps per classifier (rounded to whole epochs of its set)
     */
    public record Settings(int realPerClass, int syntheticPerClass, int imbalancedPerClass, int minorityClass,
                           int seeds, int steps, int batch) {

        public Settings {
            if (realPerClass < 2 || syntheticPerClass < 1 || imbalancedPerClass < 2 || seeds < 1 || steps < 1 || batch < 1) {
                throw new InvalidValueException(Fault.of("augmentation.tooFewForExperiment"));
            }
            if (minorityClass < 0 || minorityClass >= ImageSet.NUM_CLASSES) {
                throw new InvalidValueException(Fault.of("augmentation.minorityClassOutOfRange", ImageSet.NUM_CLASSES - 1,
                        minorityClass));
            }
        }
    }

    /**
     * Per seed (index = seed - 1).
     *
     * @param realAccuracy         test accuracy trained on the real subset alone
     * @param augmentedAccuracy    trained on the real subset plus the synthetic images
     * @param imbalancedRecall     the minority class's test recall, trained with it cut to 1%
     * @param toppedUpRecall       the same, with the cut class topped up with synthetic images
     * @param imbalancedAccuracy   overall test accuracy of the cut set's classifier
     * @param toppedUpAccuracy     overall test accuracy of the topped-up set's classifier
     * @param minorityKept         real images of the minority class left after the cut
     * @param seconds              wall-clock time of the whole experiment
     */
    public record Result(Settings settings, double[] realAccuracy, double[] augmentedAccuracy, double[] imbalancedRecall,
                         double[] toppedUpRecall, double[] imbalancedAccuracy, double[] toppedUpAccuracy, int minorityKept,
                         double seconds) {
    }

    private AugmentationExperiment() {
    }

    public static Result run(Vae vae, Dataset data, Settings s, FullEvaluation.Listener listener) {
        long start = System.nanoTime();
        int k = s.seeds();
        double[] real = new double[k];
        double[] augmented = new double[k];
        double[] cutRecall = new double[k];
        double[] toppedRecall = new double[k];
        double[] cutAccuracy = new double[k];
        double[] toppedAccuracy = new double[k];
        int keep = Subsets.onePercent(s.imbalancedPerClass());
        ImageSet train = data.train();
        int d = vae.config().latentSize();
        for (int i = 0; i < k; i++) {
            long seed = i + 1;
            String of = " (seed " + seed + "/" + k + ")";
            Random rng = new Random(seed);

            ImageSet small = Subsets.select(train, Subsets.perClass(train, s.realPerClass(), rng));
            ClassGaussians smallGaussians = ClassGaussians.fit(SyntheticDigits.encode(vae, small, quiet()), small.labels(), d, d);
            ImageSet synthetic = SyntheticDigits.generate(vae, smallGaussians, s.syntheticPerClass(), seed, quiet());
            real[i] = trainAndTest(small, data.test(), s, seed, "real only" + of, listener).overall();
            augmented[i] = trainAndTest(Subsets.concat(small, synthetic), data.test(), s, seed, "real + synthetic" + of,
                    listener).overall();

            int[] balanced = Subsets.perClass(train, s.imbalancedPerClass(), rng);
            ImageSet cut = Subsets.select(train, Subsets.cut(train, balanced, s.minorityClass(), keep));
            ClassGaussians cutGaussians = ClassGaussians.fit(SyntheticDigits.encode(vae, cut, quiet()), cut.labels(), d, d);
            int[] topUp = new int[ImageSet.NUM_CLASSES];
            topUp[s.minorityClass()] = s.imbalancedPerClass() - keep;
            ImageSet toppedUp = Subsets.concat(cut, SyntheticDigits.generate(vae, cutGaussians, topUp, seed, quiet()));
            Agreement before = trainAndTest(cut, data.test(), s, seed, "imbalanced" + of, listener);
            Agreement after = trainAndTest(toppedUp, data.test(), s, seed, "topped up" + of, listener);
            cutRecall[i] = before.perClass()[s.minorityClass()];
            toppedRecall[i] = after.perClass()[s.minorityClass()];
            cutAccuracy[i] = before.overall();
            toppedAccuracy[i] = after.overall();
        }
        return new Result(s, real, augmented, cutRecall, toppedRecall, cutAccuracy, toppedAccuracy, keep,
                (System.nanoTime() - start) / 1e9);
    }

    /** Epochs that make about {@code steps} minibatches over a set of {@code count} images: at least one. */
    public static int epochsFor(int count, int batch, int steps) {
        int perEpoch = new ShuffledBatches(count, batch, 0).batchesPerEpoch();
        return Math.max(1, (int) Math.round((double) steps / perEpoch));
    }

    private static Agreement trainAndTest(ImageSet train, ImageSet test, Settings s, long seed, String what,
                                          FullEvaluation.Listener listener) {
        DigitClassifier classifier = DigitClassifier.create(train.rows(), train.cols(), seed);
        int epochs = epochsFor(train.count(), s.batch(), s.steps());
        classifier.train(train, epochs, s.batch(), seed, new DigitClassifier.TrainingListener() {
            @Override
            public void minibatchDone(int epoch, int batch, int batchesPerEpoch, double loss) {
                listener.progress("training on " + what, epoch * batchesPerEpoch + batch, epochs * batchesPerEpoch);
            }

            @Override
            public void epochDone(int epoch) {
            }
        });
        listener.progress("testing, " + what, 0, 1);
        Agreement result = Agreement.of(classifier, test);
        listener.progress("testing, " + what, 1, 1);
        return result;
    }

    private static FullEvaluation.Listener quiet() {
        return (stage, done, total) -> { };
    }
}
