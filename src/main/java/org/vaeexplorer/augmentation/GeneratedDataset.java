package org.vaeexplorer.augmentation;

import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.IdxWriter;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.evaluation.DigitClassifier;
import org.vaeexplorer.evaluation.FullEvaluation;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.FileFaultException;
import org.vaeexplorer.model.Vae;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated dataset on disk, in the form Open dataset reads: the synthetic images and their labels as the
 * training files, the source's real test images beside them (so a model or classifier trained on the synthetic
 * images is tested on real ones), gzipped; and a contact sheet, one row of samples per class.
 *
 * @param folder    where it was written
 * @param synthetic the synthetic images and their labels
 * @param agreement the classifier's agreement with those labels, or null when there was no classifier to judge
 */
public record GeneratedDataset(Path folder, ImageSet synthetic, Agreement agreement) {

    public static final String CONTACT_SHEET = "contact-sheet.png";
    /** Samples per class on the contact sheet: a row fits on a screen. */
    static final int SHEET_COLUMNS = 16;
    /** Each pixel becomes SCALE x SCALE: 28-pixel digits are 56 pixels. */
    static final int SCALE = 2;
    /** The grey between the images, so black digit backgrounds stay apart. */
    private static final int BACKGROUND = 96;
    private static final String[] IDX_FILES = {DatasetLoader.TRAIN_IMAGES, DatasetLoader.TRAIN_LABELS,
        DatasetLoader.TEST_IMAGES, DatasetLoader.TEST_LABELS};

    /**
     * Generates {@code perClass} images of each class of {@code source}'s training set with {@code vae}, judges
     * them with {@code judge} (when not null) and writes them to {@code dir}, which {@link #prepare} made ready. On
     * the calling thread, which must own both networks; {@code listener} may throw to stop it (before anything is
     * written).
     */
    public static GeneratedDataset make(Vae vae, Dataset source, DigitClassifier judge, int perClass, long seed, Path dir,
                                        FullEvaluation.Listener listener) throws IOException {
        ClassGaussians gaussians = SyntheticDigits.fit(vae, source.train(), listener);
        ImageSet synthetic = SyntheticDigits.generate(vae, gaussians, perClass, seed, listener);
        Agreement agreement = null;
        if (judge != null) {
            listener.progress("classifying the samples", 0, 1);
            agreement = Agreement.of(judge, synthetic);
            listener.progress("classifying the samples", 1, 1);
        }
        listener.progress("writing the files", 0, 1);
        write(dir, synthetic, source.test(), source.classNames());
        listener.progress("writing the files", 1, 1);
        return new GeneratedDataset(dir, synthetic, agreement);
    }

    /**
     * Makes {@code dir} ready to receive a dataset: creates it if needed and refuses, naming them, files of a
     * dataset already there unless {@code replace}. Nothing is removed here: {@link #write} replaces them once the
     * new dataset is ready, so a generation that fails or is cancelled leaves the old one as it was.
     *
     * @throws IOException naming the folder or file, when it cannot be created or written, or holds a dataset
     */
    public static void prepare(Path dir, boolean replace) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new FileFaultException(Fault.of("augmentation.fileNotFolder", dir.toAbsolutePath()));
        }
        try {
            Files.createDirectories(dir);
        } catch (FileSystemException e) {
            throw new FileFaultException(Fault.of("augmentation.cannotCreateFolder", dir.toAbsolutePath(),
                    e instanceof AccessDeniedException ? Fault.of("permissionDenied") : e.getMessage()), e);
        }
        if (!Files.isWritable(dir)) {
            throw new FileFaultException(Fault.of("augmentation.folderNotWritable", dir.toAbsolutePath()));
        }
        List<Path> existing = existing(dir);
        if (existing.isEmpty()) {
            return;
        }
        if (!replace) {
            throw new FileFaultException(Fault.of("augmentation.folderHoldsDataset", dir.toAbsolutePath(),
                    String.join(", ", existing.stream().map(p -> String.valueOf(p.getFileName())).toList())));
        }
    }

    /** The files of a dataset (or its class names or contact sheet) already in {@code dir} that writing one would replace. */
    public static List<Path> existing(Path dir) {
        List<Path> found = new ArrayList<>();
        for (String name : IDX_FILES) {
            for (Path file : new Path[] {dir.resolve(name + ".gz"), dir.resolve(name)}) {
                if (Files.exists(file)) {
                    found.add(file);
                }
            }
        }
        for (String name : new String[] {ClassNames.FILE, CONTACT_SHEET}) {
            if (Files.exists(dir.resolve(name))) {
                found.add(dir.resolve(name));
            }
        }
        return found;
    }

    /**
     * Writes {@code synthetic} as the training set, {@code test} as the test set, the names of their labels (those
     * of the source's classes, which the folder's own name would not tell) and the contact sheet, each file moved
     * over any old one; raw IDX files of an older dataset are removed, so the folder holds one dataset.
     */
    public static void write(Path dir, ImageSet synthetic, ImageSet test, ClassNames classNames) throws IOException {
        for (String name : IDX_FILES) {
            Files.deleteIfExists(dir.resolve(name));
        }
        IdxWriter.write(synthetic, dir.resolve(DatasetLoader.TRAIN_IMAGES + ".gz"), dir.resolve(DatasetLoader.TRAIN_LABELS + ".gz"));
        IdxWriter.write(test, dir.resolve(DatasetLoader.TEST_IMAGES + ".gz"), dir.resolve(DatasetLoader.TEST_LABELS + ".gz"));
        classNames.write(dir);
        writePng(contactSheet(synthetic), dir.resolve(CONTACT_SHEET));
    }

    /**
     * The first {@link #SHEET_COLUMNS} images of each class, one row per class in class order (rows of absent
     * classes left out), white on black as MNIST, with a gap between images.
     */
    static BufferedImage contactSheet(ImageSet set) {
        List<List<Integer>> rowsOfClass = new ArrayList<>();
        for (int c = 0; c < ImageSet.NUM_CLASSES; c++) {
            List<Integer> row = new ArrayList<>();
            for (int i = 0; i < set.count() && row.size() < SHEET_COLUMNS; i++) {
                if (set.label(i) == c) {
                    row.add(i);
                }
            }
            if (!row.isEmpty()) {
                rowsOfClass.add(row);
            }
        }
        int across = rowsOfClass.stream().mapToInt(List::size).max().orElse(1);
        int cell = SCALE;
        int tileW = set.cols() * cell;
        int tileH = set.rows() * cell;
        int gap = SCALE * 2;
        BufferedImage out = new BufferedImage(gap + across * (tileW + gap), gap + Math.max(1, rowsOfClass.size()) * (tileH + gap),
                BufferedImage.TYPE_BYTE_GRAY);
        var raster = out.getRaster();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                raster.setSample(x, y, 0, BACKGROUND);
            }
        }
        for (int r = 0; r < rowsOfClass.size(); r++) {
            List<Integer> row = rowsOfClass.get(r);
            for (int k = 0; k < row.size(); k++) {
                int x0 = gap + k * (tileW + gap);
                int y0 = gap + r * (tileH + gap);
                int image = row.get(k);
                for (int y = 0; y < tileH; y++) {
                    for (int x = 0; x < tileW; x++) {
                        int grey = Math.round(set.pixel(image, (y / cell) * set.cols() + x / cell) * 255f);
                        raster.setSample(x0 + x, y0 + y, 0, grey);
                    }
                }
            }
        }
        return out;
    }

    private static void writePng(BufferedImage image, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            try (var out = Files.newOutputStream(partial)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new FileFaultException(Fault.of("noPngWriter"));
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
