package org.vaeexplorer.ui.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.store.SampleSnapshot;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.store.HistoryCsv;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.ui.fx.UserError;
import org.vaeexplorer.ui.samples.SampleStripViewModel;
import org.vaeexplorer.ui.session.CurrentModel;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ExportTest {

    @TempDir
    Path dir;

    private static TrainingHistory twoEpochs() {
        return TrainingHistory.EMPTY
                .plus(new EpochRecord(1, new LossParts(150, 5), new LossParts(140, 6), 0.5, 12.25, 1e-3))
                .plus(new EpochRecord(2, new LossParts(120, 7), new LossParts(118, 7.5), 1.0, 11.5, 1e-4));
    }

    /** Snapshots of {@code count} 3x2 images whose pixels say which snapshot they are. */
    private static List<SampleSnapshot> snapshots(int n, int count) {
        List<SampleSnapshot> shots = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            float[] pixels = new float[count * 6];
            java.util.Arrays.fill(pixels, (s + 1) / (float) n);
            shots.add(new SampleSnapshot(s * 10L, s * 0.5, count, pixels));
        }
        return shots;
    }

    /** A snapshot reaches ImageIO pixel for pixel, transparency included. */
    @Test
    void aJavaFxImageBecomesTheSameBufferedImage() {
        javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(3, 2);
        int[] argb = {0xFF112233, 0xFFFFFFFF, 0xFF000000, 0x00000000, 0xFF80FF00, 0xFF0000FF};
        for (int i = 0; i < argb.length; i++) {
            image.getPixelWriter().setArgb(i % 3, i / 3, argb[i]);
        }

        BufferedImage converted = ImageFiles.toBufferedImage(image);

        assertThat(converted.getRGB(0, 0, 3, 2, null, 0, 3)).containsExactly(argb);
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerEpochWithIterationsAndAllLosses() throws IOException {
        Path file = dir.resolve("h.csv");

        HistoryCsv.write(twoEpochs(), 469, file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("epoch,iteration,beta,learning_rate,train_neg_elbo,train_reconstruction,"
                + "train_kl,test_neg_elbo,test_reconstruction,test_kl,seconds");
        assertThat(lines.get(1)).isEqualTo("1,469,0.5,0.001,155.0,150.0,5.0,146.0,140.0,6.0,12.250");
        assertThat(lines.get(2)).isEqualTo("2,938,1.0,1.0E-4,127.0,120.0,7.0,125.5,118.0,7.5,11.500");
        assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(11));
    }

    @Test
    void theGifHasOneFramePerSnapshotLoopsAndDecodes() throws IOException {
        Path file = dir.resolve("strip.gif");

        ImageFiles.writeGif(snapshots(5, 4), 3, 2, file);

        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(5);
            BufferedImage first = reader.read(0);
            BufferedImage last = reader.read(4);
            // 4 images of 2x3 in a 2x2 grid, each pixel 4x4, with 4-pixel gaps, under a band for the epoch
            int width = 2 * (2 * ImageFiles.SCALE + ImageFiles.SCALE) + ImageFiles.SCALE;
            int height = 2 * (3 * ImageFiles.SCALE + ImageFiles.SCALE) + ImageFiles.SCALE + ImageFiles.LABEL_BAND;
            assertThat(first.getWidth()).isEqualTo(width);
            assertThat(first.getHeight()).isEqualTo(height);
            int x = ImageFiles.SCALE + 1;
            // the last snapshot is white, the first a dark grey (the GIF palette may round a level or two)
            int y = ImageFiles.LABEL_BAND + x; // under the band that names the epoch
            assertThat(last.getRGB(x, y) & 0xFF).isCloseTo(255, org.assertj.core.api.Assertions.within(4));
            assertThat(first.getRGB(x, y) & 0xFF).isCloseTo(Math.round(255 / 5f), org.assertj.core.api.Assertions.within(4));
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            assertThat(root.getElementsByTagName("ApplicationExtension").getLength()).isEqualTo(1);
            IIOMetadataNode loop = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0);
            assertThat(loop.getAttribute("applicationID")).isEqualTo("NETSCAPE");
        }
    }

    @Test
    void aPngHasTheSizeOfThePicture() throws IOException {
        BufferedImage picture = new BufferedImage(321, 123, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(5, 6, 0xFF112233);
        List<UserError> errors = new ArrayList<>();
        ExportViewModel exports = exports(errors);

        exports.exportPicture(() -> picture, dir.resolve("view")); // ".png" is added

        BufferedImage read = ImageIO.read(dir.resolve("view.png").toFile());
        assertThat(read.getWidth()).isEqualTo(321);
        assertThat(read.getHeight()).isEqualTo(123);
        assertThat(read.getRGB(5, 6)).isEqualTo(0xFF112233);
        assertThat(errors).isEmpty();
    }

    @Test
    void aFolderThatCannotBeWrittenGivesAnErrorNamingTheFile() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        List<UserError> errors = new ArrayList<>();
        ExportViewModel exports = exports(errors);

        exports.exportPicture(() -> new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB), notAFolder.resolve("view.png"));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Could not export");
            assertThat(e.message()).contains("view.png");
        });
    }

    @Test
    void aFolderThisUserMayNotWriteIsSaidToBeSo() {
        // Linux's /sys refuses new files even to root, whom every ordinary folder lets write.
        Path denied = Path.of("/sys", "vae-explorer-export-test.png");
        assumeTrue(refusesCreation(denied), "needs a folder that refuses this user: Linux's /sys");
        List<UserError> errors = new ArrayList<>();
        ExportViewModel exports = exports(errors);

        exports.exportPicture(() -> new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB), denied);

        assertThat(errors).singleElement().satisfies(e -> assertThat(e.message()).contains(denied.toString())
                .contains(org.vaeexplorer.fault.Fault.of("permissionDenied").toString()));
    }

    private static boolean refusesCreation(Path file) {
        try {
            Files.createFile(file);
            Files.deleteIfExists(file);
            return false;
        } catch (java.nio.file.AccessDeniedException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void theViewModelExportsTheCurrentModelsHistoryAndSnapshots() throws Exception {
        Dataset data = TestModels.tinyData();
        var model = TestModels.trainedModel(data, 2, 2);
        SampleStripViewModel strip = new SampleStripViewModel();
        strip.setHistory(model.history().samples());
        List<UserError> errors = new ArrayList<>();
        ExportViewModel exports = new ExportViewModel(new SynchronousBackgroundExecutor(),
                new javafx.beans.property.ReadOnlyObjectWrapper<>(new CurrentModel(model, "m", null)).getReadOnlyProperty(),
                new javafx.beans.property.ReadOnlyObjectWrapper<>(data).getReadOnlyProperty(), strip, errors::add, m -> { });

        exports.exportHistoryCsv(dir.resolve("history.csv"));
        exports.exportSamplesGif(dir.resolve("samples.gif"));

        assertThat(errors).isEmpty();
        List<String> csv = Files.readAllLines(dir.resolve("history.csv"));
        assertThat(csv).hasSize(1 + 2);
        assertThat(csv.get(2)).startsWith("2,16,"); // 256 images in batches of 32: 8 per epoch
        try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve("samples.gif").toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(model.history().samples().size());
            // Each frame carries its moment of training in a band of dark text on white over the samples.
            java.awt.image.BufferedImage first = reader.read(0);
            java.awt.image.BufferedImage last = reader.read(reader.getNumImages(true) - 1);
            assertThat(darkPixels(first, ImageFiles.LABEL_BAND)).isGreaterThan(30);
            assertThat(band(first, ImageFiles.LABEL_BAND)).isNotEqualTo(band(last, ImageFiles.LABEL_BAND));
        }
        assertThat(ImageFiles.frameLabel(model.history().samples().get(model.history().samples().size() - 1)))
                .startsWith("epoch 2.00");
    }

    private ExportViewModel exports(List<UserError> errors) {
        return new ExportViewModel(new SynchronousBackgroundExecutor(),
                new javafx.beans.property.ReadOnlyObjectWrapper<CurrentModel>().getReadOnlyProperty(),
                new javafx.beans.property.ReadOnlyObjectWrapper<Dataset>().getReadOnlyProperty(),
                new SampleStripViewModel(), errors::add, m -> { });
    }

    private static int darkPixels(java.awt.image.BufferedImage image, int rows) {
        int dark = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 100) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static int[] band(java.awt.image.BufferedImage image, int rows) {
        return image.getRGB(0, 0, image.getWidth(), rows, null, 0, image.getWidth());
    }
}
