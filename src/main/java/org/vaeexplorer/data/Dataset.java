package org.vaeexplorer.data;

import java.util.Objects;

/**
 * A named training and test set whose images all share one size (the model's input size).
 */
public record Dataset(String name, ImageSet train, ImageSet test) {

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
