package org.vaeexplorer.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetFingerprint;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.FileFaultException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A digit classifier for any dataset: the shipped one for the MNIST it was trained on, else one trained on the
 * dataset the first time it is asked for (the same small CNN, fewer epochs) and kept in a folder under the
 * dataset's fingerprint, so the next time it is read back. Blocking, and the calling thread owns the classifier.
 */
public final class KeptClassifiers {

    /** The data the shipped classifier was trained on (models/mnist-classifier.zip: the bundled MNIST). */
    public static final DatasetFingerprint SHIPPED_DATA = new DatasetFingerprint(60_000, 10_000, 28, 28, "9d4b12a1");
    /** One pass: minutes on one thread for a dataset of MNIST's size; its test accuracy is shown with its figures. */
    public static final int EPOCHS = 1;
    public static final int BATCH = 64;
    public static final long SEED = 1;

    private static final Logger LOG = LoggerFactory.getLogger(KeptClassifiers.class);

    private final Path shipped;
    private final Path folder;

    /**
     * @param shipped the shipped classifier's file
     * @param folder  where classifiers trained on demand are kept
     */
    public KeptClassifiers(Path shipped, Path folder) {
        this.shipped = shipped;
        this.folder = folder;
    }

    /** Where the classifier of data with {@code fingerprint} is kept. */
    public Path fileFor(DatasetFingerprint fingerprint) {
        return folder.resolve("classifier-" + fingerprint.rows() + "x" + fingerprint.cols() + "-"
                + fingerprint.trainImages() + "-" + fingerprint.checksum() + ".zip");
    }

    /**
     * The classifier of {@code data}'s images.
     *
     * @param training told after each minibatch when one has to be trained first
     * @throws IOException naming the file that cannot be read or written
     */
    public DigitClassifier classifierFor(Dataset data, Progress training) throws IOException {
        DatasetFingerprint fingerprint = DatasetFingerprint.of(data);
        if (fingerprint.equals(SHIPPED_DATA)) {
            if (!Files.isRegularFile(shipped)) {
                throw new FileFaultException(Fault.of("evaluation.noClassifier", shipped.toAbsolutePath(), shipped));
            }
            return DigitClassifier.load(shipped);
        }
        Path kept = fileFor(fingerprint);
        if (Files.isRegularFile(kept)) {
            try {
                return DigitClassifier.load(kept);
            } catch (IOException e) {
                LOG.warn("{} cannot be read ({}); training another", kept, e.getMessage());
            }
        }
        DigitClassifier classifier = DigitClassifier.create(data.rows(), data.cols(), SEED);
        classifier.train(data.train(), EPOCHS, BATCH, SEED, new DigitClassifier.TrainingListener() {
            @Override
            public void minibatchDone(int epoch, int batch, int batchesPerEpoch, double loss) {
                training.done(epoch * batchesPerEpoch + batch, EPOCHS * batchesPerEpoch);
            }

            @Override
            public void epochDone(int epoch) {
            }
        });
        classifier.save(kept);
        LOG.info("trained a classifier for {}: kept in {}", fingerprint.describe(), kept);
        return classifier;
    }
}
