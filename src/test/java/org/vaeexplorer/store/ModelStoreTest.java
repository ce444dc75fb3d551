package org.vaeexplorer.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.fault.Explained;
import org.vaeexplorer.model.VaeConfig;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

class ModelStoreTest {

    private static final VaeConfig CONFIG = new VaeConfig(4, 5, List.of(6), 3, 2e-3, 16, 7, 0.5, 2, 99);

    @TempDir
    Path dir;

    private static ModelFile trainedLooking() {
        Vae vae = Vae.create(CONFIG);
        INDArray adam = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, 2 * vae.parameterCount());
        TrainingHistory history = TrainingHistory.EMPTY
                .plus(new EpochRecord(1, new LossParts(10.5, 1.25), new LossParts(11.0, 1.5), 0.25, 3.5, 1e-3))
                .plus(new SampleSnapshot(0, 0.0, 2, new float[] {0f, 0.5f, 1f, 0.25f, 0f, 0.5f, 1f, 0.25f,
                        0f, 0.5f, 1f, 0.25f, 0f, 0.5f, 1f, 0.25f, 0f, 0.5f, 1f, 0.25f,
                        0f, 0.5f, 1f, 0.25f, 0f, 0.5f, 1f, 0.25f, 0f, 0.5f, 1f, 0.25f, 0f, 0.5f, 1f, 0.25f, 0f, 0.5f, 1f, 0.25f}));
        return ModelFile.of(vae, adam, history);
    }

    @Test
    void twoWritersSavingTheSameFileLeaveOneWholeModelNeverAMix() throws Exception {
        ModelFile a = trainedLooking();
        ModelFile b = ModelFile.of(Vae.create(CONFIG.withSeed(100)), a.optimizerState(), TrainingHistory.EMPTY);
        Path file = dir.resolve("shared.zip");
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (ModelFile m : List.of(a, b)) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        together.await();
                        ModelStore.save(file, m);
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            writers.shutdownNow();
        }
        long n = a.params().length();
        INDArray saved = ModelStore.load(file).params().reshape(n);
        assertThat(a.params().reshape(n)).isNotEqualTo(b.params().reshape(n));
        assertThat(saved.equals(a.params().reshape(n)) || saved.equals(b.params().reshape(n)))
                .as("the file holds a or b").isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("shared.zip");
        }
    }

    @Test
    void weightsThatAreNotFiniteAreACorruptFile() throws IOException {
        ModelFile m = trainedLooking();
        m.params().putScalar(3, Float.NaN);
        m.params().putScalar(5, Float.POSITIVE_INFINITY);
        Path file = dir.resolve("nan.zip");
        ModelStore.save(file, m);
        assertThatThrownBy(() -> ModelStore.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessage(file + ": corrupt model file: 2 of its " + m.params().length() + " weights are NaN or infinite");
    }

    @Test
    void aCheckpointKeepsItsRunPositionAndAFinishedModelHasNone() throws IOException {
        RunPosition at = new RunPosition(0, 17, 17, new LossParts(1700.25, 85.5), 17 * 16, -123456789L, 987654321L);
        Path file = dir.resolve("m.zip.checkpoint");
        ModelStore.save(file, trainedLooking().at(at));
        ModelFile loaded = ModelStore.load(file);
        assertThat(loaded.isCheckpoint()).isTrue();
        assertThat(loaded.position()).isEqualTo(at);

        ModelStore.save(file, loaded.at(null));
        assertThat(ModelStore.load(file).isCheckpoint()).isFalse();
    }

    @Test
    void roundTripKeepsConfigWeightsOptimizerStateAndHistory() throws IOException {
        ModelFile saved = trainedLooking();
        Path file = dir.resolve("m.zip");
        ModelStore.save(file, saved);

        ModelFile loaded = ModelStore.load(file);

        assertThat(loaded.config()).isEqualTo(CONFIG);
        assertThat(loaded.params().reshape(saved.params().length()))
                .isEqualTo(saved.params().reshape(saved.params().length()));
        assertThat(loaded.optimizerState().reshape(saved.optimizerState().length()))
                .isEqualTo(saved.optimizerState().reshape(saved.optimizerState().length()));
        assertThat(loaded.history().epochs()).isEqualTo(saved.history().epochs());
        SampleSnapshot s = loaded.history().samples().get(0);
        assertThat(s.count()).isEqualTo(2);
        for (int i = 0; i < s.pixels().length; i++) {
            assertThat(s.pixels()[i]).isCloseTo(saved.history().samples().get(0).pixels()[i], within(1f / 255));
        }
        // The loaded network computes what the saved one did.
        INDArray z = Nd4j.createFromArray(new float[][] {{0.3f, -1f, 2f}});
        assertThat(loaded.toVae().decode(z)).isEqualTo(Vae.withParams(CONFIG, saved.params()).decode(z));
    }

    @Test
    void aFailedSaveLeavesTheEarlierFileIntactAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("m.zip");
        ModelStore.save(file, trainedLooking());
        byte[] before = Files.readAllBytes(file);

        ModelFile broken = new ModelFile(CONFIG, null, null, TrainingHistory.EMPTY);
        assertThatThrownBy(() -> ModelStore.save(file, broken))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("m.zip")
                .hasMessageContaining("unchanged");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("m.zip");
        }
    }

    @Test
    void notAZip() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.zip"), "hello, not a model");
        assertThatThrownBy(() -> ModelStore.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("notes.zip")
                .hasMessageContaining("not a zip");
    }

    @Test
    void aZipOfSomethingElse() throws IOException {
        Path file = zip("other.zip", "readme.txt", "hi".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ModelStore.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("other.zip")
                .hasMessageContaining("not a VAE Explorer model");
    }

    @Test
    void aNewerFormat() throws IOException {
        Path file = dir.resolve("m.zip");
        ModelStore.save(file, trainedLooking());
        Path newer = rewriteHeader(file, "\"version\" : 1", "\"version\" : 7");
        assertThatThrownBy(() -> ModelStore.load(newer))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("newer VAE Explorer");
    }

    @Test
    void impossibleHyperparametersInTheHeader() throws IOException {
        Path file = dir.resolve("m.zip");
        ModelStore.save(file, trainedLooking());
        Path bad = rewriteHeader(file, "\"latentSize\" : 3", "\"latentSize\" : -3");
        assertThatThrownBy(() -> ModelStore.load(bad))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("latent size");
    }

    @Test
    void weightsThatDoNotFitTheConfig() throws IOException {
        Path file = dir.resolve("m.zip");
        ModelStore.save(file, trainedLooking());
        Path bad = rewriteEntry(file, ModelStore.PARAMS, new byte[12]);
        assertThatThrownBy(() -> ModelStore.load(bad))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining(ModelStore.PARAMS)
                .hasMessageContaining("expected");
    }

    @Test
    void truncatedFile() throws IOException {
        Path file = dir.resolve("m.zip");
        ModelStore.save(file, trainedLooking());
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> ModelStore.load(cut))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("cut.zip");
    }

    @Test
    void aConvolutionalModelRoundTripsAndAFileWithoutAnArchitectureIsAnMlp() throws IOException {
        VaeConfig conv = CONFIG.withArchitecture(Architecture.CONVOLUTIONAL);
        Vae vae = Vae.create(conv);
        Path file = dir.resolve("conv.zip");
        ModelStore.save(file, ModelFile.of(vae, null, TrainingHistory.EMPTY));
        ModelFile loaded = ModelStore.load(file);
        assertThat(loaded.config()).isEqualTo(conv);
        INDArray z = Nd4j.createFromArray(new float[][] {{0.3f, -1f, 2f}});
        assertThat(loaded.toVae().decode(z)).isEqualTo(vae.decode(z));
        assertThat(ModelStore.loadSummary(file).config().architecture()).isEqualTo(Architecture.CONVOLUTIONAL);

        // Files written before the architecture existed have no such field: they hold MLPs.
        Path mlp = dir.resolve("mlp.zip");
        ModelStore.save(mlp, ModelFile.of(Vae.create(CONFIG), null, TrainingHistory.EMPTY));
        String header;
        try (var zip = new java.util.zip.ZipFile(mlp.toFile())) {
            header = new String(zip.getInputStream(zip.getEntry(ModelStore.HEADER)).readAllBytes(), StandardCharsets.UTF_8);
        }
        String withoutArchitecture = header.replaceAll(",\\s*\"architecture\" : \"MLP\"", "");
        assertThat(withoutArchitecture).isNotEqualTo(header).doesNotContain("architecture");
        Path old = rewriteEntry(mlp, ModelStore.HEADER, withoutArchitecture.getBytes(StandardCharsets.UTF_8));
        ModelFile oldLoaded = ModelStore.load(old);
        assertThat(oldLoaded.config()).isEqualTo(CONFIG);
        assertThat(oldLoaded.config().architecture()).isEqualTo(Architecture.MLP);
        // A conv header over MLP weights is refused by the parameter count, naming both.
        Path mixed = rewriteHeader(mlp, "\"architecture\" : \"MLP\"", "\"architecture\" : \"CONVOLUTIONAL\"");
        assertThatThrownBy(() -> ModelStore.load(mixed)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("parameters but its hyperparameters need");
    }

    @Test
    void parameterCountFollowsTheArchitecture() {
        VaeConfig conv = CONFIG.withArchitecture(Architecture.CONVOLUTIONAL);
        assertThat(ModelStore.parameterCount(conv)).isEqualTo(Vae.create(conv).parameterCount());
        assertThat(ModelStore.parameterCount(CONFIG)).isEqualTo(Vae.create(CONFIG).parameterCount());
        assertThat(ModelStore.parameterCount(VaeConfig.defaults())).isEqualTo(Vae.create(VaeConfig.defaults()).parameterCount());
    }

    private Path zip(String name, String entry, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
            z.closeEntry();
        }
        return file;
    }

    private Path rewriteHeader(Path file, String from, String to) throws IOException {
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            String header = new String(zip.getInputStream(zip.getEntry(ModelStore.HEADER)).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(header).contains(from);
            return rewriteEntry(file, ModelStore.HEADER, header.replace(from, to).getBytes(StandardCharsets.UTF_8));
        }
    }

    private Path rewriteEntry(Path file, String name, byte[] content) throws IOException {
        Path out = dir.resolve("edited-" + file.getFileName());
        try (var in = new java.util.zip.ZipFile(file.toFile());
             ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (var e : java.util.Collections.list(in.entries())) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals(name) ? content : in.getInputStream(e).readAllBytes());
                z.closeEntry();
            }
        }
        return out;
    }

    @Test
    void theSmoothedTrainingCurveSurvivesTheRoundTrip() throws IOException {
        ModelFile saved = trainedLooking();
        List<CurvePoint> curve = List.of(new CurvePoint(0.0, 540.5, 0.25), new CurvePoint(0.125, 300.0, 4.0));
        ModelFile withCurve = new ModelFile(saved.config(), saved.params(), saved.optimizerState(),
                saved.history().withTrainCurve(curve));
        Path file = dir.resolve("curve.zip");
        ModelStore.save(file, withCurve);

        assertThat(ModelStore.load(file).history().trainCurve()).isEqualTo(curve);
        ModelStore.Summary summary = ModelStore.loadSummary(file);
        assertThat(summary.config()).isEqualTo(CONFIG);
        assertThat(summary.history().trainCurve()).isEqualTo(curve);
        assertThat(summary.history().epochs()).isEqualTo(saved.history().epochs());
    }

    @Test
    void aFileWithoutATrainingCurveLoadsWithAnEmptyOne() throws IOException {
        // The shipped models were written before the curve was kept.
        Path shipped = Path.of("models", "mnist-latent2.zip");
        ModelFile loaded = ModelStore.load(shipped);

        assertThat(loaded.history().epochCount()).isPositive();
        assertThat(loaded.history().trainCurve()).isEmpty();
        assertThat(ModelStore.loadSummary(shipped).history().epochs()).isEqualTo(loaded.history().epochs());
    }

    @Test
    void aFileFromBeforeEpochsRecordedTheirLearningRateTrainedEveryEpochAtItsConfigs() throws IOException {
        Path shipped = Path.of("models", "mnist-latent2.zip");
        ModelFile loaded = ModelStore.load(shipped);

        assertThat(loaded.history().epochs()).extracting(EpochRecord::learningRate).containsOnly(loaded.config().learningRate());
        assertThat(ModelStore.loadSummary(shipped).history().epochs()).extracting(EpochRecord::learningRate)
                .containsOnly(loaded.config().learningRate());
    }

    @Test
    void historyAppendsKeepTheTrainingCurve() {
        List<CurvePoint> curve = List.of(new CurvePoint(0.5, 3, 1));
        TrainingHistory h = TrainingHistory.EMPTY.withTrainCurve(curve)
                .plus(new EpochRecord(1, new LossParts(1, 1), new LossParts(1, 1), 1, 1, 1e-3));

        assertThat(h.trainCurve()).isEqualTo(curve);
    }

    /** The window's words for a store fault: the Explained fault in Chinese. */
    private static String inChinese(Throwable e) {
        assertThat(e).isInstanceOf(ModelFileException.class).isInstanceOf(Explained.class);
        return ((Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aZipWithoutAHeaderIsNotAModelInChineseToo() throws IOException {
        Path file = zip("other.zip", "readme.txt", "hi".getBytes(StandardCharsets.UTF_8));
        Throwable e = catchThrowable(() -> ModelStore.load(file));

        assertThat(e).hasMessage(file + ": not a VAE Explorer model (no " + ModelStore.HEADER + " inside)");
        assertThat(inChinese(e)).isEqualTo(file + "：不是 VAE Explorer 模型文件（其中没有 " + ModelStore.HEADER + "）");
    }

    @Test
    void aFolderGivenAsAModelFileIsNamedSoInChinese() {
        Throwable e = catchThrowable(() -> ModelStore.load(dir));

        assertThat(e).hasMessage(dir + ": is a folder, not a model file");
        assertThat(inChinese(e)).contains(dir.toString()).contains("文件夹").contains("模型文件");
    }

    @Test
    void aWrongWeightCountSaysBothCountsInChinese() throws IOException {
        Path file = dir.resolve("m.zip");
        ModelFile m = trainedLooking();
        ModelStore.save(file, m);
        Path bad = rewriteEntry(file, ModelStore.PARAMS, new byte[12]);
        Throwable e = catchThrowable(() -> ModelStore.load(bad));

        assertThat(e).hasMessage(bad + ": " + ModelStore.PARAMS + " holds 3 values, expected " + m.params().length());
        assertThat(inChinese(e)).contains(bad.toString()).contains(ModelStore.PARAMS)
                .contains("3 个值").contains(m.params().length() + " 个");
    }

    @Test
    void weightsThatAreNotFiniteAreACorruptFileInChinese() throws IOException {
        ModelFile m = trainedLooking();
        m.params().putScalar(3, Float.NaN);
        Path file = dir.resolve("nan.zip");
        ModelStore.save(file, m);

        assertThat(inChinese(catchThrowable(() -> ModelStore.load(file))))
                .isEqualTo(file + "：模型文件已损坏：其 " + m.params().length() + " 个权重中有 1 个是 NaN 或无穷大");
    }

    @Test
    void anImpossibleRunPositionInTheHeaderIsSaidInChineseWithItsValue() throws IOException {
        RunPosition at = new RunPosition(0, 17, 17, new LossParts(1700.25, 85.5), 272, 1L, 2L);
        Path file = dir.resolve("m.zip.checkpoint");
        ModelStore.save(file, trainedLooking().at(at));
        Path bad = rewriteHeader(file, "\"epochImages\" : 272", "\"epochImages\" : -272");
        Throwable e = catchThrowable(() -> ModelStore.load(bad));

        assertThat(e).hasMessage(bad + ": impossible values in " + ModelStore.HEADER
                + " (position): a run position cannot be negative: epoch 0, minibatch 17, iteration 17, images -272");
        assertThat(inChinese(e)).contains(ModelStore.HEADER).contains("position").contains("-272")
                .contains("不能为负").doesNotContain("cannot");
    }

    @Test
    void sampleSnapshotsThatDoNotSplitAreACorruptFileInChinese() throws IOException {
        Path file = dir.resolve("m.zip");
        ModelStore.save(file, trainedLooking());
        Path bad = rewriteHeader(file, "\"count\" : 2", "\"count\" : 3");
        Throwable e = catchThrowable(() -> ModelStore.load(bad));

        assertThat(e).hasMessage(bad + ": corrupt model file (40 pixels do not split into 3 images)");
        assertThat(inChinese(e)).contains("40 个像素").contains("3 张图像").contains("已损坏");
    }

    @Test
    void aSaveUnderAParentThatIsAFileNamesItInChinese() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file");
        Path file = notAFolder.resolve("m.zip");
        Throwable e = catchThrowable(() -> ModelStore.save(file, trainedLooking()));

        assertThat(e).hasMessage(file + ": could not be saved (" + notAFolder
                + " is a file, not a folder); any earlier file there is unchanged");
        assertThat(inChinese(e)).contains(notAFolder + " 是文件，不是文件夹").contains("无法保存");
    }

    @Test
    void aNameTooLongToWriteSaysTheLimitInChinese() {
        Path file = dir.resolve("m".repeat(252) + ".zip");
        Throwable e = catchThrowable(() -> ModelStore.checkWritable(file));

        assertThat(e).hasMessage(file + ": the file name is longer than the 255 bytes a file system allows");
        assertThat(inChinese(e)).contains("文件名").contains("255 字节");
    }
}
