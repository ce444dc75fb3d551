package org.vaeexplorer.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A named training and test set whose images all share one size (the model's input size).
 *
 * @param folder     the folder it was read from (absolute), or null for a dataset made in memory
 * @param classNames what its labels mean
 */
public record Dataset(String name, ImageSet train, ImageSet test, Path folder, ClassNames classNames) {

    /** A dataset made in memory, read from no folder, its labels' meaning told by its name. */
    public Dataset(String name, ImageSet train, ImageSet test) {
        this(name, train, test, null);
    }

    /** A dataset whose labels' meaning its name tells (see {@link ClassNames#fromDatasetName}). */
    public Dataset(String name, ImageSet train, ImageSet test, Path folder) {
        this(name, train, test, folder, ClassNames.fromDatasetName(name));
    }

    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(classNames, "classNames");
        if (train.rows() != test.rows() || train.cols() != test.cols()) {
            throw new IllegalArgumentException("image size " + train.rows() + "x" + train.cols()
                    + " in training set but " + test.rows() + "x" + test.cols() + " in test set");
        }
    }

    public int rows() {
        return train.rows();
    }

    public int cols() {
        return train.cols();
    }

    public int pixelsPerImage() {
        return train.pixelsPerImage();
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ": train " + train + ", test " + test + "]";
    }
}
