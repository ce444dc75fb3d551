package org.vaeexplorer.data;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads an MNIST-style dataset: a folder holding the four standard IDX files, each either gzipped
 * ("name.gz", preferred when both exist) or raw. Images may have any size, as long as training
 * and test images share it.
 */
public final class DatasetLoader {

    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    /** Where the bundled MNIST lives, relative to the project (or installation) folder. */
    public static final Path BUNDLED_MNIST = Path.of("assets", "mnist");

    /** How many folders above the jar / classes folder to look for {@link #BUNDLED_MNIST}. */
    private static final int MAX_LEVELS_UP = 3;

    private static final Logger LOG = LoggerFactory.getLogger(DatasetLoader.class);

    private DatasetLoader() {
    }

    /** Loads the dataset in {@code dir}, named after the folder. */
    public static Dataset load(Path dir) throws DatasetException {
        long start = System.nanoTime();
        if (!Files.exists(dir)) {
            throw new DatasetException("no such folder: " + dir.toAbsolutePath());
        }
        if (!Files.isDirectory(dir)) {
            throw new DatasetException(dir.toAbsolutePath() + " is not a folder (choose the folder"
                    + " that holds the four IDX files " + TRAIN_IMAGES + " etc.)");
        }
        // Find all four before reading anything, so a missing file is reported at once.
        Path trainImages = find(dir, TRAIN_IMAGES);
        Path trainLabels = find(dir, TRAIN_LABELS);
        Path testImages = find(dir, TEST_IMAGES);
        Path testLabels = find(dir, TEST_LABELS);

        ImageSet train = readSet(dir, trainImages, trainLabels);
        ImageSet test = readSet(dir, testImages, testLabels);
        if (train.rows() != test.rows() || train.cols() != test.cols()) {
            throw new DatasetException(dir.toAbsolutePath() + ": image size " + train.rows() + "x"
                    + train.cols() + " in training set (" + trainImages.getFileName() + ") but "
                    + test.rows() + "x" + test.cols() + " in test set (" + testImages.getFileName() + ")");
        }
        Dataset dataset = new Dataset(nameOf(dir), train, test);
        LOG.info("Loaded {} from {}: {} training and {} test images of {}x{} in {} ms",
                dataset.name(), dir.toAbsolutePath(), train.count(), test.count(),
                dataset.rows(), dataset.cols(), (System.nanoTime() - start) / 1_000_000);
        return dataset;
    }

    /** Loads the MNIST copy shipped in assets/mnist (see {@link #bundledMnistDir()}). */
    public static Dataset loadBundledMnist() throws DatasetException {
        Dataset dataset = load(bundledMnistDir());
        return new Dataset("MNIST", dataset.train(), dataset.test());
    }

    /**
     * Finds assets/mnist: first under the working directory, then above the jar or classes folder
     * this class was loaded from (target/vae-explorer.jar and target/classes both sit two levels
     * below the project folder), so the app also works when started from elsewhere.
     */
    public static Path bundledMnistDir() throws DatasetException {
        return bundledMnistDir(Path.of("").toAbsolutePath(), codeLocation());
    }

    /** Testable core of {@link #bundledMnistDir()}; {@code codeLocation} may be null. */
    static Path bundledMnistDir(Path workingDir, Path codeLocation) throws DatasetException {
        List<Path> tried = new ArrayList<>();
        tried.add(workingDir.resolve(BUNDLED_MNIST));
        if (codeLocation != null) {
            Path folder = codeLocation.toAbsolutePath().getParent();
            for (int i = 0; i < MAX_LEVELS_UP && folder != null; i++, folder = folder.getParent()) {
                tried.add(folder.resolve(BUNDLED_MNIST));
            }
        }
        for (Path candidate : tried) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        throw new DatasetException("bundled MNIST not found: no " + BUNDLED_MNIST + " folder at "
                + tried + "; start the program from the project folder or choose a dataset folder");
    }

    private static Path codeLocation() {
        try {
            CodeSource source = DatasetLoader.class.getProtectionDomain().getCodeSource();
            URL url = source == null ? null : source.getLocation();
            return url == null ? null : Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException
                 | SecurityException e) {
            LOG.debug("cannot tell where {} was loaded from", DatasetLoader.class, e);
            return null;
        }
    }

    private static Path find(Path dir, String baseName) throws DatasetException {
        Path gz = dir.resolve(baseName + ".gz");
        if (Files.isRegularFile(gz)) {
            return gz;
        }
        Path raw = dir.resolve(baseName);
        if (Files.isRegularFile(raw)) {
            return raw;
        }
        throw new DatasetException(dir.toAbsolutePath() + ": missing " + baseName + "(.gz)");
    }

    private static ImageSet readSet(Path dir, Path imageFile, Path labelFile) throws DatasetException {
        IdxReader.Images images = IdxReader.readImages(imageFile);
        byte[] labels = IdxReader.readLabels(labelFile);
        if (labels.length != images.count()) {
            throw new DatasetException(dir.toAbsolutePath() + ": " + images.count() + " images in "
                    + imageFile.getFileName() + " but " + labels.length + " labels in "
                    + labelFile.getFileName());
        }
        return new ImageSet(images.count(), images.rows(), images.cols(), images.pixels(), labels);
    }

    private static String nameOf(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name != null ? name.toString() : dir.toAbsolutePath().toString();
    }
}
