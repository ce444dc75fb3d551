package org.vaeexplorer.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A named training and test set whose images all share one size (the model's input size).
 *
 * @param folder the folder it was read from (absolute), or null for a dataset made in memory
 */
public record Dataset(String name, ImageSet train, ImageSet test, Path folder) {

    /** A dataset made in memory, read from no folder. */
    public Dataset(String name, ImageSet train, ImageSet test) {
        this(name, train, test, null);
    }

    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
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
