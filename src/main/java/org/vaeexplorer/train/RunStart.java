package org.vaeexplorer.train;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetFingerprint;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.data.ShuffledBatches;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.InvalidValueException;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.RunPosition;
import org.vaeexplorer.store.RunSetup;

/**
 * What a run checks before it starts: that the model reads the data's images, and that a model it continues
 * has the same network and, for a checkpoint, was trained on the same data in the same minibatches.
 */
final class RunStart {

    private RunStart() {
    }

    /**
     * {@code data} as {@code config} trains on it: without the training images of the digit it leaves out.
     *
     * @throws IllegalArgumentException when the training set has no image of that digit, or nothing else
     */
    static Dataset trainingData(Dataset data, VaeConfig config) {
        checkExcludedDigit(data, config);
        Integer digit = config.excludedDigit();
        return digit == null ? data : new Dataset(data.name(), data.train().without(digit), data.test(), data.folder(),
                data.classNames());
    }

    /** @throws IllegalArgumentException when the digit {@code config} leaves out has no training image, or only those */
    static void checkExcludedDigit(Dataset data, VaeConfig config) {
        Integer digit = config.excludedDigit();
        if (digit == null) {
            return;
        }
        int count = data.train().countOf(digit);
        if (count == 0) {
            throw new InvalidValueException(Fault.of("train.noImagesOfClass", data.name(), digit,
                    presentClasses(data.train())));
        }
        if (count == data.train().count()) {
            throw new InvalidValueException(Fault.of("train.onlyImagesOfClass", data.name(), digit));
        }
    }

    /** "0, 1, 2, ...": the classes {@code set} holds images of. */
    static String presentClasses(ImageSet set) {
        return java.util.stream.IntStream.range(0, ImageSet.NUM_CLASSES).filter(c -> set.countOf(c) > 0)
                .mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * @param fingerprint {@code data}'s, which a checkpoint must record
     * @param start       the saved model or checkpoint to continue, or null for a new model
     * @throws IllegalArgumentException saying what does not fit
     */
    static void check(Dataset data, DatasetFingerprint fingerprint, VaeConfig config, ModelFile start) {
        if (!config.readsImagesOf(data)) {
            throw new InvalidValueException(config.imageSizeMismatch(data));
        }
        if (start != null && !start.config().sameNetwork(config)) {
            throw new InvalidValueException(Fault.of("train.otherShape"));
        }
        if (start != null && start.isCheckpoint()) {
            checkSameData(start, data, fingerprint);
            checkResumable(start, config, data);
        }
    }

    /** A checkpoint continues only on the data it was trained on (when it says which: older ones do not). */
    private static void checkSameData(ModelFile checkpoint, Dataset data, DatasetFingerprint fingerprint) {
        RunSetup recorded = checkpoint.setup();
        if (recorded == null || recorded.data() == null || recorded.data().equals(fingerprint)) {
            return;
        }
        throw new InvalidValueException(Fault.of("train.otherData",
                recorded.dataFolder() == null ? Fault.of("train.anotherDataset") : recorded.dataFolder(),
                recorded.data().described(), fingerprint.described()));
    }

    /** A checkpoint continues only the run it came from: same batches, same data size. */
    private static void checkResumable(ModelFile checkpoint, VaeConfig config, Dataset data) {
        RunPosition at = checkpoint.position();
        ShuffledBatches batches = new ShuffledBatches(data.train().count(), config.batchSize(), config.seed());
        if (checkpoint.config().batchSize() != config.batchSize() || checkpoint.config().seed() != config.seed()) {
            throw new InvalidValueException(Fault.of("train.ownBatchAndSeed"));
        }
        if (!java.util.Objects.equals(checkpoint.config().excludedDigit(), config.excludedDigit())) {
            Integer own = checkpoint.config().excludedDigit();
            throw new InvalidValueException(Fault.of("train.ownExcludedDigit", own == null ? Fault.of("train.none") : own));
        }
        if (at.epoch() != checkpoint.history().epochCount() || at.batch() >= batches.batchesPerEpoch()
                || at.iteration() != (long) at.epoch() * batches.batchesPerEpoch() + at.batch()) {
            throw new InvalidValueException(Fault.of("train.positionMisfit", at.where(), at.iteration(),
                    data.name(), batches.batchesPerEpoch()));
        }
    }
}
