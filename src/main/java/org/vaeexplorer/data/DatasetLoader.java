package org.vaeexplorer.data;

import org.vaeexplorer.fault.Fault;

import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final Logger LOG = LoggerFactory.getLogger(DatasetLoader.class);

    private DatasetLoader() {
    }

    /**
     * Heap the rest of the program needs beside the dataset while it trains or shows a model: the model's
     * Java-side copies, the sample history, the test set's encodings, a minibatch.
     */
    static final long HEAP_RESERVE = 96L << 20;
    private static final long MB = 1L << 20;

    /**
     * The sizes of the dataset in {@code dir}, read from its two image files' headers only: what loading
     * it will take, known in milliseconds. The folder is checked as {@link #load} checks it.
     */
    public record Shape(IdxReader.ImageShape train, IdxReader.ImageShape test) {

        public int rows() {
            return train.rows();
        }

        public int cols() {
            return train.cols();
        }

        /** Heap bytes the loaded dataset holds: one byte per pixel and one per label. */
        public long bytes() {
            return train.bytes() + train.count() + test.bytes() + test.count();
        }
    }

    /** Reads the headers of the dataset in {@code dir}: its image counts and size, without its pixels. */
    public static Shape measure(Path dir) throws DatasetException {
        checkFolder(dir);
        Path trainImages = find(dir, TRAIN_IMAGES);
        find(dir, TRAIN_LABELS);
        Path testImages = find(dir, TEST_IMAGES);
        find(dir, TEST_LABELS);
        IdxReader.ImageShape train = IdxReader.readImageShape(trainImages);
        IdxReader.ImageShape test = IdxReader.readImageShape(testImages);
        checkSameSize(dir, train.rows(), train.cols(), trainImages, test.rows(), test.cols(), testImages);
        return new Shape(train, test);
    }

    /**
     * Loads the dataset in {@code dir}, named after the folder, its labels named by the folder's
     * {@value ClassNames#FILE} if it has one. A dataset too large for the memory left is refused from its
     * headers, before anything is read.
     */
    public static Dataset load(Path dir) throws DatasetException {
        long start = System.nanoTime();
        Shape shape = measure(dir);
        checkFitsInMemory(dir, shape, Runtime.getRuntime());
        String name = nameOf(dir);
        Path classesFile = dir.resolve(ClassNames.FILE);
        ClassNames classNames = Files.exists(classesFile) ? ClassNames.read(classesFile) : ClassNames.fromDatasetName(name);
        Path trainImages = find(dir, TRAIN_IMAGES);
        Path testImages = find(dir, TEST_IMAGES);
        ImageSet train = readSet(dir, trainImages, find(dir, TRAIN_LABELS));
        ImageSet test = readSet(dir, testImages, find(dir, TEST_LABELS));
        // The headers were checked, but the files may have changed since.
        checkSameSize(dir, train.rows(), train.cols(), trainImages, test.rows(), test.cols(), testImages);
        Dataset dataset = new Dataset(name, train, test, dir.toAbsolutePath().normalize(), classNames);
        LOG.info("Loaded {} from {}: {} training and {} test images of {}x{} in {} ms",
                dataset.name(), dir.toAbsolutePath(), train.count(), test.count(),
                dataset.rows(), dataset.cols(), (System.nanoTime() - start) / 1_000_000);
        return dataset;
    }

    private static void checkFolder(Path dir) throws DatasetException {
        if (!Files.exists(dir)) {
            throw new DatasetException(Fault.of("data.noSuchFolder", dir.toAbsolutePath()));
        }
        if (!Files.isDirectory(dir)) {
            throw new DatasetException(Fault.of("data.notAFolder", dir.toAbsolutePath(), TRAIN_IMAGES));
        }
    }

    private static void checkSameSize(Path dir, int trainRows, int trainCols, Path trainImages, int testRows,
                                      int testCols, Path testImages) throws DatasetException {
        if (trainRows != testRows || trainCols != testCols) {
            throw new DatasetException(Fault.of("data.sizeMismatch", dir.toAbsolutePath(), trainRows, trainCols,
                    trainImages.getFileName(), testRows, testCols, testImages.getFileName()));
        }
    }

    /**
     * Refuses a dataset whose pixels would not fit in the heap left, in one sentence that says what would.
     * While a file is read its buffer grows by doubling, so the largest file briefly takes up to twice its
     * size; a last full collection is tried before refusing, as the heap may hold garbage.
     */
    static void checkFitsInMemory(Path dir, Shape shape, Runtime runtime) throws DatasetException {
        long needed = shape.bytes() + Math.max(shape.train().bytes(), shape.test().bytes()) + HEAP_RESERVE;
        if (needed <= freeHeap(runtime)) {
            return;
        }
        System.gc(); // only on the way to refusing: a dataset that fits once garbage is gone is not refused
        long free = freeHeap(runtime);
        if (needed > free) {
            throw new DatasetException(tooLarge(dir, shape, needed, free, runtime.maxMemory()));
        }
    }

    static Fault tooLarge(Path dir, Shape shape, long needed, long free, long max) {
        long perImage = 2L * ((long) shape.rows() * shape.cols() + 1);
        long fit = Math.max(0, (free - HEAP_RESERVE) / perImage);
        return Fault.of("data.tooLarge", dir.toAbsolutePath(), shape.train().count(), shape.test().count(),
                shape.rows(), shape.cols(), needed / MB, free / MB, max / MB, fit, shape.rows(), shape.cols());
    }

    private static long freeHeap(Runtime runtime) {
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    /** Loads the MNIST copy shipped in assets/mnist (see {@link #bundledMnistDir()}). */
    public static Dataset loadBundledMnist() throws DatasetException {
        Dataset dataset = load(bundledMnistDir());
        return new Dataset("MNIST", dataset.train(), dataset.test(), dataset.folder(), ClassNames.DIGITS);
    }

    /** Finds assets/mnist where the app is installed (see {@link InstallFolder}). */
    public static Path bundledMnistDir() throws DatasetException {
        return bundledMnistDir(Path.of("").toAbsolutePath(), InstallFolder.codeLocation());
    }

    /** Testable core of {@link #bundledMnistDir()}; {@code codeLocation} may be null. */
    static Path bundledMnistDir(Path workingDir, Path codeLocation) throws DatasetException {
        List<Path> tried = InstallFolder.candidates(BUNDLED_MNIST, workingDir, codeLocation);
        for (Path candidate : tried) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new DatasetException(Fault.of("data.bundledMnistNotFound", BUNDLED_MNIST, tried));
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
        for (Path present : new Path[] {gz, raw}) {
            if (Files.exists(present)) {
                throw DatasetException.inFile(present, Fault.of("data.notARegularFile"));
            }
        }
        throw new DatasetException(Fault.of("data.missingFile", dir.toAbsolutePath(), baseName));
    }

    private static ImageSet readSet(Path dir, Path imageFile, Path labelFile) throws DatasetException {
        IdxReader.Images images = IdxReader.readImages(imageFile);
        byte[] labels = IdxReader.readLabels(labelFile);
        if (labels.length != images.count()) {
            throw new DatasetException(Fault.of("data.countMismatch", dir.toAbsolutePath(), images.count(),
                    imageFile.getFileName(), labels.length, labelFile.getFileName()));
        }
        return new ImageSet(images.count(), images.rows(), images.cols(), images.pixels(), labels);
    }

    private static String nameOf(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name != null ? name.toString() : dir.toAbsolutePath().toString();
    }
}
