package org.vaeexplorer.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The runs folder: one model file per training run ({@code <id>.zip}, the ordinary {@link ModelStore}
 * format), so the session's runs survive a restart and each can be opened like any model. Saving a run
 * again (a continued run, a checkpoint) replaces its file atomically. Blocking file I/O: call it off
 * the UI thread.
 */
public final class RunStore {

    private static final Logger LOG = LoggerFactory.getLogger(RunStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Path folder;

    public RunStore(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    public Path folder() {
        return folder;
    }

    /** A fresh id for a run starting at {@code start}, e.g. "run-20261126-061502-3fa9". */
    public static String newId(LocalDateTime start, RandomGenerator random) {
        return String.format(Locale.ROOT, "run-%s-%04x", STAMP.format(start), random.nextInt(1 << 16));
    }

    public Path fileOf(String id) {
        return folder.resolve(id + ".zip");
    }

    /** Where the figures of run {@code id}'s evaluation are kept, beside its file. */
    public Path evaluationFileOf(String id) {
        return folder.resolve(id + ".evaluation.json");
    }

    /** Writes (or replaces) the run's file, atomically; creates the folder if needed. */
    public Path save(RunRecord run) throws ModelFileException {
        Path file = fileOf(run.id());
        ModelStore.save(file, run.model());
        return file;
    }

    /**
     * The runs in the folder, oldest first (ids sort by start time), read without their weights. A file
     * that cannot be read is skipped and logged: one damaged run must not hide the others.
     */
    public List<StoredRun> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "run-*.zip")) {
            stream.forEach(files::add);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<StoredRun> runs = new ArrayList<>();
        for (Path file : files) {
            String id = idOf(file);
            if (!RunRecord.ID.matcher(id).matches()) {
                continue;
            }
            try {
                ModelStore.Summary summary = ModelStore.loadSummary(file);
                runs.add(new StoredRun(id, file, summary.config(), summary.history(), summary.position(),
                        summary.setup()));
            } catch (ModelFileException e) {
                LOG.warn("Skipping unreadable run {}", e.getMessage());
            }
        }
        return runs;
    }

    /** The whole model of run {@code id}: weights, optimizer state and history. */
    public ModelFile load(String id) throws ModelFileException {
        return ModelStore.load(fileOf(id));
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".zip".length());
    }
}
