package org.vaeexplorer.store;

import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.FileFaultException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Says that one training run owns a model file, its checkpoint and their temporary files: a lock on
 * {@code FILE.lock} beside it (an operating-system lock, {@link FileChannel#tryLock}), held until the run
 * ends. A second run on the same file is refused while the first holds it; the system drops the lock of a
 * process that dies, however it dies, so a killed run never blocks the next one. The lock file names the
 * process that holds it and is deleted when the lock is released.
 */
public final class RunLock implements AutoCloseable {

    public static final String SUFFIX = ".lock";
    /**
     * A run releasing the lock deletes its file; another that opened the file just before may then lock the
     * deleted file, while a third creates a new one. So a lock counts only if the path leads, before the
     * file is opened and once it is locked, to the same file; if not, locking starts again (at once), and a
     * few tries settle any such race.
     */
    private static final int ATTEMPTS = 4;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another run holds the lock. */
    public static final class HeldException extends FileFaultException {

        private static final long serialVersionUID = 1L;

        HeldException(Fault fault) {
            super(fault);
        }
    }

    /** The lock file of the run that writes {@code target}. */
    public static Path fileOf(Path target) {
        return SiblingFiles.withSuffix(target.toAbsolutePath(), SUFFIX);
    }

    /**
     * Locks {@code target} for this process; its folder must exist. One lock per file per process: the
     * system's lock is per process, and closing any other channel of this process on the lock file would
     * release it (POSIX record locks), so nothing else here opens that file.
     *
     * @throws HeldException if another run (in this or another process) holds it
     * @throws IOException   if the lock file cannot be created
     */
    public static RunLock acquire(Path target) throws IOException {
        Path file = fileOf(target);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Object before = identity(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    String holder = holderOf(channel);
                    throw new HeldException(Fault.of("file", target, holder == null
                            ? Fault.of("store.lockHeld", file)
                            : Fault.of("store.lockHeldByProcess", holder, file)));
                }
                Object after = identity(file);
                // A file system without file keys (null) cannot tell; the race is then left to chance.
                boolean same = before != MISSING && after != MISSING && (before == null || before.equals(after));
                if (same) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                    return new RunLock(file, channel, lock);
                }
                lock.release();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            channel.close();
        }
        throw new FileFaultException(Fault.of("file", file, Fault.of("store.lockRaced")));
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) { // held by this very process
            return null;
        }
    }

    private static final Object MISSING = new Object();

    /**
     * Which file the path leads to (device and inode; null where the file system has no such key), or
     * {@link #MISSING}; read without opening the file.
     */
    private static Object identity(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }

    public Path file() {
        return file;
    }

    /** Deletes the lock file, then releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /** The holder's process id, the lock file's first word, or null when it does not say. */
    private static String holderOf(FileChannel channel) {
        try {
            ByteBuffer bytes = ByteBuffer.allocate(64);
            channel.read(bytes, 0);
            String content = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).trim();
            String pid = content.split("\\s+", 2)[0];
            return pid.matches("\\d+") ? pid : null;
        } catch (IOException e) {
            return null;
        }
    }
}
