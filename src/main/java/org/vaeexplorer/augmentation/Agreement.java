package org.vaeexplorer.augmentation;

import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.evaluation.DigitClassifier;

/**
 * How often a classifier names the class an image was generated (or labelled) as: overall and per class. For
 * synthetic images it says whether sampling a class's region of the latent space gives images of that class;
 * per class it is that class's recall.
 *
 * @param overall the share of all images whose most probable class is their label
 * @param perClass the same among the images of each class, NaN for a class without images
 * @param counts  images per class
 */
public record Agreement(double overall, double[] perClass, int[] counts) {

    /** Compares the classifier's most probable class of each image with its label. */
    public static Agreement of(float[][] classProbabilities, byte[] labels) {
        if (classProbabilities.length != labels.length) {
            throw new IllegalArgumentException(classProbabilities.length + " judgements but " + labels.length + " labels");
        }
        int k = ImageSet.NUM_CLASSES;
        int[] counts = new int[k];
        int[] agreeing = new int[k];
        for (int i = 0; i < labels.length; i++) {
            counts[labels[i]]++;
            agreeing[labels[i]] += DigitClassifier.argMax(classProbabilities[i]) == labels[i] ? 1 : 0;
        }
        double[] perClass = new double[k];
        int total = 0;
        for (int c = 0; c < k; c++) {
            perClass[c] = counts[c] == 0 ? Double.NaN : (double) agreeing[c] / counts[c];
            total += agreeing[c];
        }
        return new Agreement(labels.length == 0 ? Double.NaN : (double) total / labels.length, perClass, counts);
    }

    /** What {@code classifier} makes of every image of {@code set}. */
    public static Agreement of(DigitClassifier classifier, ImageSet set) {
        return of(classifier.judge(set).classProbabilities(), set.labels());
    }
}
