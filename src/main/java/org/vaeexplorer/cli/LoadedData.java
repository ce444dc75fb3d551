package org.vaeexplorer.cli;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetException;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.model.VaeConfig;

import java.nio.file.Path;

/** The dataset a command works on and the folder it came from (reported in the output). */
record LoadedData(Dataset dataset, Path folder) {

    /** The sizes of a dataset, read from its headers, and its folder. */
    record Measured(DatasetLoader.Shape shape, Path folder) {
    }

    /** The dataset in {@code dir}, or the bundled MNIST when {@code dir} is null. */
    static LoadedData load(Path dir) throws DatasetException {
        if (dir == null) {
            return new LoadedData(DatasetLoader.loadBundledMnist(), DatasetLoader.bundledMnistDir().toAbsolutePath());
        }
        return new LoadedData(DatasetLoader.load(dir), dir.toAbsolutePath().normalize());
    }

    /** The sizes of the dataset {@link #load} would load, from its headers only. */
    static Measured measure(Path dir) throws DatasetException {
        Path folder = dir == null ? DatasetLoader.bundledMnistDir().toAbsolutePath() : dir.toAbsolutePath().normalize();
        return new Measured(DatasetLoader.measure(folder), folder);
    }

    /** Refuses a model ({@code config}, read from {@code model}) that reads images of another size than this dataset's. */
    void requireReadableBy(Path model, VaeConfig config) {
        if (!config.readsImagesOf(dataset)) {
            throw new BadInputException(model + ": the model reads " + config.imageRows() + "x" + config.imageCols()
                    + " images but " + folder + " holds " + dataset.rows() + "x" + dataset.cols() + " images");
        }
    }
}
