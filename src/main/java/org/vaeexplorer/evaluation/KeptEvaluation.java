package org.vaeexplorer.evaluation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.FileFaultException;
import org.vaeexplorer.model.LossParts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * An evaluation kept beside the model it judged (a kept run's, in the runs folder), as JSON.
 *
 * @param trainedEpochs how far the model had trained when it was judged (fractional epochs): a run trained further
 *                      since has other figures
 * @param test          test negative ELBO and its parts, nats per image
 * @param figures       the rest of the figures
 * @param seconds       how long the evaluation took
 */
public record KeptEvaluation(double trainedEpochs, LossParts test, FullEvaluation figures, double seconds) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public KeptEvaluation {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(figures, "figures");
    }

    /** True when these are the figures of a model trained {@code epochs} epochs (as the history says). */
    public boolean judges(double epochs) {
        return Math.abs(epochs - trainedEpochs) < 1e-9;
    }

    /** Writes to a temporary file beside {@code file}, then moves it into place: a reader never sees half of it. */
    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), this);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * The evaluation kept in {@code file}, or null when there is none.
     *
     * @throws IOException naming the file when it is there but holds no evaluation
     */
    public static KeptEvaluation read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            // A file without the figures fails the constructor's checks.
            return JSON.readValue(file.toFile(), KeptEvaluation.class);
        } catch (IOException | RuntimeException e) {
            throw new FileFaultException(Fault.of("evaluation.notAnEvaluation", file, e.getMessage()), e);
        }
    }
}
