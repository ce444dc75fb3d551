package org.vaeexplorer.store;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.model.VaeConfig;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads and writes model files: a zip holding {@value #HEADER} (format, hyperparameters, history),
 * {@value #PARAMS} (the weights as little-endian float32) and, once trained here, {@value #OPTIMIZER}
 * (Adam's moments). The bytes are {@link ModelZip}'s, the header is a {@link ModelHeader}, and
 * {@link ModelChecks} refuses a damaged file; this class keeps the file system's side: what may be read or
 * replaced, and that a save replaces a file whole.
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

    private ModelStore() {
    }

    /** A model file's hyperparameters and history, read without its weights (no ND4J needed). */
    public record Summary(VaeConfig config, TrainingHistory history, RunPosition position, RunSetup setup) {
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
            ModelZip.write(temp, model);
            moveIntoPlace(temp, target);
        } catch (ModelFileException e) {
            deleteQuietly(temp);
            throw e;
        } catch (AccessDeniedException e) {
            deleteQuietly(temp);
            throw new ModelFileException(file, Fault.of("store.cannotWriteHere"), e);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            // Before the temporary file exists, the folder is at fault; after, the writing (e.g. a full disk).
            Fault why = temp == null && e instanceof IOException io ? whyNotWritable(target, io) : ModelChecks.describe(e);
            throw new ModelFileException(file, Fault.of("store.notSaved", why), e);
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
                throw new ModelFileException(file, Fault.of("store.nameTooLong", SiblingFiles.MAX_NAME_BYTES));
            }
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), SiblingFiles.tempPrefix(target), SiblingFiles.tempSuffix());
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFileException(file, Fault.of("store.cannotBeWritten", whyNotWritable(target, e)), e);
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
        Pattern names = SiblingFiles.tempNames(target);
        List<Path> deleted = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(target.getParent(),
                p -> names.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p))) {
            for (Path stale : stream) {
                Files.deleteIfExists(stale);
                deleted.add(stale);
            }
        }
        return deleted;
    }

    public static ModelFile load(Path file) throws ModelFileException {
        NativeRuntime.configure();
        return read(file, (zip, header) -> {
            INDArray params = ModelZip.readFloats(file, zip, PARAMS, header.parameterCount());
            ModelChecks.checkFinite(file, params);
            INDArray optimizer = header.hasOptimizerState()
                    ? ModelZip.readFloats(file, zip, OPTIMIZER, 2 * header.parameterCount()) : null;
            ModelChecks.checkResumable(file, header, optimizer);
            return new ModelFile(header.config(), params, optimizer, header.history(), header.position(), header.setup());
        });
    }

    /**
     * Reads only the hyperparameters and history: for listing many files (the runs folder) without
     * reading megabytes of weights each. Checks the header as {@link #load} does.
     */
    public static Summary loadSummary(Path file) throws ModelFileException {
        return read(file, (zip, header) -> new Summary(header.config(), header.history(), header.position(), header.setup()));
    }

    /** Weights of a network with these hyperparameters: each affine layer has (in + 1) * out. */
    public static long parameterCount(VaeConfig c) {
        return c.parameterCount();
    }

    /** What is read from an open model file once its header has passed the checks. */
    private interface Reading<T> {
        T from(ZipFile zip, ModelHeader header) throws IOException;
    }

    /** Opens a model file, checks its header and reads the rest; every failure becomes the file's fault in words. */
    private static <T> T read(Path file, Reading<T> reading) throws ModelFileException {
        if (!Files.exists(file)) {
            throw new ModelFileException(file, Fault.of("noSuchFile"));
        }
        refuseIrregular(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return reading.from(zip, ModelChecks.checkHeader(file, ModelZip.readHeader(file, zip)));
        } catch (ZipException e) {
            throw new ModelFileException(file, Fault.of("store.notAZip"), e);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, Fault.of("noSuchFile"), e);
        } catch (AccessDeniedException e) {
            throw new ModelFileException(file, Fault.of("store.cannotBeRead"), e);
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file, Fault.of("store.corrupt", ModelChecks.describe(e)), e);
        }
    }

    /** A folder, named pipe or device at {@code file} is neither read nor replaced. */
    private static void refuseIrregular(Path file) throws ModelFileException {
        if (Files.isDirectory(file)) {
            throw new ModelFileException(file, Fault.of("store.isAFolder"));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ModelFileException(file, Fault.of("store.notARegularFile"));
        }
    }

    /** Why a file in {@code target}'s folder could not be written, in words: the parent that is a file, ... */
    private static Fault whyNotWritable(Path target, IOException e) {
        for (Path p = target.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    return Fault.of("store.parentIsAFile", p);
                }
                break;
            }
        }
        Object reason;
        if (e instanceof AccessDeniedException) {
            reason = Fault.of("permissionDenied");
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason(); // the system's own words, e.g. "Read-only file system"
        } else {
            reason = ModelChecks.describe(e);
        }
        return Fault.of("store.failedIn", reason, target.getParent());
    }

    /** createTempFile makes the file private (rw-------); a model file is an ordinary document. */
    private static void readableByAll(Path temp) throws IOException {
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
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
}
