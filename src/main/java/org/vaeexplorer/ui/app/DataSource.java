package org.vaeexplorer.ui.app;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;

import java.io.IOException;
import java.nio.file.Path;

/** Where the window's dataset comes from; loaded off the UI thread. */
@FunctionalInterface
public interface DataSource {

    Dataset load() throws IOException;

    /** The MNIST copy in assets/mnist. */
    static DataSource bundledMnist() {
        return DatasetLoader::loadBundledMnist;
    }

    /** A folder holding the four IDX files. */
    static DataSource folder(Path dir) {
        return () -> DatasetLoader.load(dir);
    }

    /** A dataset already in memory (tests, benchmarks). */
    static DataSource of(Dataset dataset) {
        return () -> dataset;
    }
}
