package org.vaeexplorer.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data DIR}, the dataset of every command that reads one. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder with the four MNIST-style IDX files (default: the bundled MNIST).")
    private Path folder;

    /** The folder given, or null for the bundled MNIST. */
    Path folder() {
        return folder;
    }

    /** The dataset it names, loaded. */
    LoadedData load() throws org.vaeexplorer.data.DatasetException {
        return LoadedData.load(folder);
    }
}
