package org.vaeexplorer.ui.evaluate;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.InstallFolder;
import org.vaeexplorer.evaluation.DigitClassifier;
import org.vaeexplorer.evaluation.KeptClassifiers;
import org.vaeexplorer.evaluation.Progress;
import org.vaeexplorer.ui.fx.I18n;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the digit classifier that judges a VAE's samples comes from. Called on the evaluating thread, which then
 * owns the network (one network, one thread).
 */
@FunctionalInterface
public interface ClassifierSource {

    /**
     * A classifier of {@code data}'s images.
     *
     * @param progress told how far a classifier that has to be made first has come
     * @throws IOException naming the file when there is none to be had
     */
    DigitClassifier classifierFor(Dataset data, Progress progress) throws IOException;

    /**
     * The shipped classifier for the MNIST it was trained on; for any other dataset, one trained on it the first
     * time (with progress) and kept in {@code folder} under the dataset's fingerprint.
     */
    static ClassifierSource keptIn(Path folder) {
        Path shipped = InstallFolder.find(DigitClassifier.SHIPPED).orElse(DigitClassifier.SHIPPED);
        KeptClassifiers kept = new KeptClassifiers(shipped, folder);
        return (data, progress) -> {
            DigitClassifier classifier = kept.classifierFor(data, progress);
            if (!classifier.readsImagesOf(data)) {
                throw new IOException(I18n.text("evaluate.classifier.wrongSize", classifier.rows(), classifier.cols(),
                        data.rows(), data.cols()));
            }
            return classifier;
        };
    }
}
