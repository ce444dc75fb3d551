package org.vaeexplorer.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.model.VaeConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes model files: a zip holding {@value #HEADER} (format, hyperparameters, history),
 * {@value #PARAMS} (the weights as little-endian float32) and, once trained here, {@value #OPTIMIZER}
 * (Adam's moments).
 *
 * <p>Saving is atomic: the zip is written to a temporary file in the target folder, forced to disk and
 * renamed over the target, so a crash mid-save leaves either the old file or the new one, never half. A
 * process killed mid-save leaves its temporary file ({@code .NAME<digits>.tmp}); the next training run on
 * that file removes it ({@link #deleteStaleTemporaries}).
 *
 * <p>Only regular files are read or replaced: a named pipe or a device would block, or be destroyed.
 */
public final class ModelStore {

    public static final String FORMAT = "vae-explorer-model";
    public static final int VERSION = 1;
    static final String HEADER = "vae-explorer.json";
    static final String PARAMS = "params.f32";
    static final String OPTIMIZER = "adam.f32";
    /** No header of a real model is near this; a larger one is not ours and is not read into memory. */
    private static final int MAX_HEADER_BYTES = 64 << 20;

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelStore() {
    }

    record Header(String format, int version, VaeConfig config, long parameterCount, boolean hasOptimizerState,
                  List<EpochRecord> epochs, List<StoredSnapshot> samples, StoredCurve trainCurve,
                  RunPosition position, RunSetup setup) {
    }

    /**
     * The training curve as three parallel arrays: a tenth of the size of one JSON object per point. Files
     * written before it existed have none (null), and older readers ignore it.
     */
    record StoredCurve(double[] epochs, double[] reconstruction, double[] kl) {

        static StoredCurve of(List<CurvePoint> curve) {
            if (curve.isEmpty()) {
                return null;
            }
            int n = curve.size();
            double[] e = new double[n];
            double[] r = new double[n];
            double[] k = new double[n];
            for (int i = 0; i < n; i++) {
                e[i] = curve.get(i).epochs();
                r[i] = curve.get(i).reconstruction();
                k[i] = curve.get(i).kl();
            }
            return new StoredCurve(e, r, k);
        }

        List<CurvePoint> toCurve() {
            if (epochs == null || reconstruction == null || kl == null) {
                return List.of();
            }
            int n = Math.min(epochs.length, Math.min(reconstruction.length, kl.length));
            List<CurvePoint> curve = new java.util.ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                curve.add(new CurvePoint(epochs[i], reconstruction[i], kl[i]));
            }
            return curve;
        }
    }

    /** A model file's hyperparameters and history, read without its weights (no ND4J needed). */
    public record Summary(VaeConfig config, TrainingHistory history, RunPosition position, RunSetup setup) {
    }

    /** Sample pixels stored as 8-bit grey levels: they are for display, and 4x smaller. */
    record StoredSnapshot(long iteration, double epochs, int count, String grey) {

        static StoredSnapshot of(SampleSnapshot s) {
            byte[] grey = new byte[s.pixels().length];
            for (int i = 0; i < grey.length; i++) {
                grey[i] = (byte) Math.round(Math.max(0f, Math.min(1f, s.pixels()[i])) * 255f);
            }
            return new StoredSnapshot(s.iteration(), s.epochs(), s.count(), Base64.getEncoder().encodeToString(grey));
        }

        SampleSnapshot toSnapshot() {
            byte[] grey = Base64.getDecoder().decode(this.grey);
            float[] pixels = new float[grey.length];
            for (int i = 0; i < grey.length; i++) {
                pixels[i] = (grey[i] & 0xFF) / 255f;
            }
            return new SampleSnapshot(iteration, epochs, count, pixels);
        }
    }

    public static void save(Path file, ModelFile model) throws ModelFileException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            refuseIrregular(file);
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, SiblingFiles.tempPrefix(target), SiblingFiles.tempSuffix());
            readableByAll(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                writeEntry(zip, HEADER, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(header(model)));
                writeStored(zip, PARAMS, floatsToBytes(model.params()));
                if (model.optimizerState() != null) {
                    writeStored(zip, OPTIMIZER, floatsToBytes(model.optimizerState()));
                }
                zip.finish();
                zip.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, target);
        } catch (ModelFileException e) {
            deleteQuietly(temp);
            throw e;
        } catch (AccessDeniedException e) {
            deleteQuietly(temp);
            throw new ModelFileException(file, "cannot write here: permission denied", e);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            // Before the temporary file exists, the folder is at fault; after, the writing (e.g. a full disk).
            String why = temp == null && e instanceof IOException io ? whyNotWritable(target, io) : describe(e);
            throw new ModelFileException(file, "could not be saved (" + why + "); any earlier file there is unchanged", e);
        }
    }

    /**
     * Checks, before any work is spent on it, that {@code file} can be saved as {@link #save} saves it: it is
     * not a folder, named pipe or device, its folder exists or can be made (it is made), and the temporary
     * file a save writes first can be created there (it is created and deleted). That asks the file system
     * itself, so it holds for every user, root included, where permission bits alone would mislead.
     */
    public static void checkWritable(Path file) throws ModelFileException {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            refuseIrregular(file);
            if (!SiblingFiles.nameFits(target)) {
                throw new ModelFileException(file, "the file name is longer than the " + SiblingFiles.MAX_NAME_BYTES
                        + " bytes a file system allows");
            }
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), SiblingFiles.tempPrefix(target), SiblingFiles.tempSuffix());
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot be written: " + whyNotWritable(target, e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Deletes the temporary files that saves of {@code file} left behind when their process died. Only for
     * the holder of the file's {@link org.vaeexplorer.store.RunLock}: no other run is saving it then.
     *
     * @return the files deleted
     */
    public static List<Path> deleteStaleTemporaries(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        java.util.regex.Pattern names = SiblingFiles.tempNames(target);
        List<Path> deleted = new java.util.ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(target.getParent(),
                p -> names.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p))) {
            for (Path stale : stream) {
                Files.deleteIfExists(stale);
                deleted.add(stale);
            }
        }
        return deleted;
    }

    /** A folder, named pipe or device at {@code file} is neither read nor replaced. */
    private static void refuseIrregular(Path file) throws ModelFileException {
        if (Files.isDirectory(file)) {
            throw new ModelFileException(file, "is a folder, not a model file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ModelFileException(file, "is not a regular file (a named pipe, device or socket), not a model file");
        }
    }

    /** Why a file in {@code target}'s folder could not be written, in words: the parent that is a file, ... */
    private static String whyNotWritable(Path target, IOException e) {
        for (Path p = target.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    return p + " is a file, not a folder";
                }
                break;
            }
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : describe(e);
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        }
        return reason + " in " + target.getParent();
    }

    /** createTempFile makes the file private (rw-------); a model file is an ordinary document. */
    private static void readableByAll(Path temp) throws IOException {
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Header header(ModelFile m) {
        return new Header(FORMAT, VERSION, m.config(), m.params().length(), m.optimizerState() != null,
                m.history().epochs(), m.history().samples().stream().map(StoredSnapshot::of).toList(),
                StoredCurve.of(m.history().trainCurve()), m.position(), m.setup());
    }

    public static ModelFile load(Path file) throws ModelFileException {
        NativeRuntime.configure();
        if (!Files.exists(file)) {
            throw new ModelFileException(file, "no such file");
        }
        refuseIrregular(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Header header = readHeader(file, zip);
            long expected = header.parameterCount();
            INDArray params = readFloats(file, zip, PARAMS, expected);
            long broken = params.isInfinite().castTo(DataType.INT).sumNumber().longValue()
                    + params.isNaN().castTo(DataType.INT).sumNumber().longValue();
            if (broken > 0) {
                throw new ModelFileException(file, "corrupt model file: " + broken + " of its " + expected
                        + " weights are NaN or infinite");
            }
            INDArray optimizer = header.hasOptimizerState() ? readFloats(file, zip, OPTIMIZER, 2 * expected) : null;
            if (header.position() != null && optimizer == null) {
                throw new ModelFileException(file, "a checkpoint of an unfinished run must hold the optimizer state");
            }
            return new ModelFile(header.config(), params, optimizer, history(header), header.position(), header.setup());
        } catch (ZipException e) {
            throw new ModelFileException(file, "not a VAE Explorer model (not a zip file)", e);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ModelFileException(file, "cannot be read: permission denied", e);
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file, "corrupt model file (" + describe(e) + ")", e);
        }
    }

    /**
     * Reads only the hyperparameters and history: for listing many files (the runs folder) without
     * reading megabytes of weights each. Checks the header as {@link #load} does.
     */
    public static Summary loadSummary(Path file) throws ModelFileException {
        if (!Files.exists(file)) {
            throw new ModelFileException(file, "no such file");
        }
        refuseIrregular(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Header header = readHeader(file, zip);
            return new Summary(header.config(), history(header), header.position(), header.setup());
        } catch (ZipException e) {
            throw new ModelFileException(file, "not a VAE Explorer model (not a zip file)", e);
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file, "corrupt model file (" + describe(e) + ")", e);
        }
    }

    private static TrainingHistory history(Header header) {
        return new TrainingHistory(
                header.epochs() == null ? List.of() : header.epochs(),
                header.samples() == null ? List.of() : header.samples().stream().map(StoredSnapshot::toSnapshot).toList(),
                header.trainCurve() == null ? List.of() : header.trainCurve().toCurve());
    }

    private static Header readHeader(Path file, ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(HEADER);
        if (entry == null) {
            throw new ModelFileException(file, "not a VAE Explorer model (no " + HEADER + " inside)");
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes(MAX_HEADER_BYTES + 1);
        }
        if (bytes.length > MAX_HEADER_BYTES) {
            throw new ModelFileException(file, HEADER + " is larger than any model header (" + MAX_HEADER_BYTES + " bytes)");
        }
        Header header;
        try {
            header = JSON.readValue(bytes, Header.class);
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            boolean config = e.getType() != null && e.getType().getRawClass() == VaeConfig.class;
            throw new ModelFileException(file, (config ? "impossible hyperparameters: " : "impossible values in "
                    + HEADER + " (" + jsonPath(e) + "): ") + rootMessage(e), e);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new ModelFileException(file, "unreadable " + HEADER + " (" + e.getOriginalMessage() + ")", e);
        }
        if (header == null) {
            throw new ModelFileException(file, "not a VAE Explorer model (" + HEADER + " is empty)");
        }
        if (!FORMAT.equals(header.format())) {
            throw new ModelFileException(file, "not a VAE Explorer model (format '" + header.format() + "')");
        }
        if (header.version() > VERSION) {
            throw new ModelFileException(file, "written by a newer VAE Explorer (file format " + header.version()
                    + "; this version reads up to " + VERSION + ")");
        }
        if (header.config() == null) {
            throw new ModelFileException(file, "no hyperparameters in " + HEADER);
        }
        checkComplete(file, header);
        long needed = parameterCount(header.config());
        if (header.parameterCount() != needed) {
            throw new ModelFileException(file, "header says " + header.parameterCount()
                    + " parameters but its hyperparameters need " + needed);
        }
        return header;
    }

    /** Missing parts of the history are named here, rather than failing later as a null somewhere. */
    private static void checkComplete(Path file, Header header) throws ModelFileException {
        List<EpochRecord> epochs = header.epochs() == null ? List.of() : header.epochs();
        for (int i = 0; i < epochs.size(); i++) {
            EpochRecord e = epochs.get(i);
            if (e == null || e.train() == null || e.test() == null) {
                throw new ModelFileException(file, "corrupt model file: epoch record " + (i + 1) + " of " + epochs.size()
                        + " in " + HEADER + " is incomplete");
            }
        }
        List<StoredSnapshot> samples = header.samples() == null ? List.of() : header.samples();
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i) == null || samples.get(i).grey() == null) {
                throw new ModelFileException(file, "corrupt model file: sample snapshot " + (i + 1) + " of "
                        + samples.size() + " in " + HEADER + " is incomplete");
            }
        }
    }

    /** Weights of a network with these hyperparameters: each affine layer has (in + 1) * out. */
    public static long parameterCount(VaeConfig c) {
        return c.parameterCount();
    }

    private static INDArray readFloats(Path file, ZipFile zip, String name, long count) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new ModelFileException(file, "no " + name + " inside");
        }
        long bytes = count * Float.BYTES;
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new ModelFileException(file, count + " values in " + name + " is more than a model can hold");
        }
        byte[] raw;
        try (InputStream in = zip.getInputStream(entry)) {
            raw = in.readNBytes((int) bytes + 1);
        }
        if (raw.length != bytes) {
            throw new ModelFileException(file, name + " holds " + raw.length / Float.BYTES + (raw.length > bytes ? "+" : "")
                    + " values, expected " + count);
        }
        float[] values = new float[(int) count];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return ImageMatrix.fromFloats(values, 1, count);
    }

    private static byte[] floatsToBytes(INDArray array) {
        float[] values = array.dup('c').data().asFloat();
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    /**
     * Float weights barely compress (about 10%), and deflating them cost ~400 ms of CPU per save: a burst
     * that, once per epoch while training, took a core from the window. They are stored as they are.
     */
    private static void writeStored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void writeEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is hidden and named after the target; nothing else to do
            }
        }
    }

    /** A failure in words; a null met where a value was needed is said so, not shown as Java's own text. */
    private static String describe(Throwable e) {
        if (e instanceof NullPointerException) {
            return "a value it needs is missing";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** "epochs[3].train": where in the JSON Jackson failed. */
    private static String jsonPath(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "top level" : path.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return describe(t);
    }
}
