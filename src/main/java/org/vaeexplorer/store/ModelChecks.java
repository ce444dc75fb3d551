package org.vaeexplorer.store;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.model.VaeConfig;

import java.nio.file.Path;
import java.util.List;

/**
 * The checks a model file passes before it is used: a damaged or foreign file is named as such, with what is
 * wrong in words, instead of failing later as a null, a wrong shape or a NaN somewhere in training.
 */
final class ModelChecks {

    private ModelChecks() {
    }

    /** A header that is ours, of a version we read, complete, and whose weight count fits its hyperparameters. */
    static ModelHeader checkHeader(Path file, ModelHeader header) throws ModelFileException {
        String name = ModelStore.HEADER;
        if (header == null) {
            throw new ModelFileException(file, Fault.of("store.emptyHeader", name));
        }
        if (!ModelStore.FORMAT.equals(header.format())) {
            throw new ModelFileException(file, Fault.of("store.foreignFormat", header.format()));
        }
        if (header.version() > ModelStore.VERSION) {
            throw new ModelFileException(file, Fault.of("store.newerFormat", header.version(), ModelStore.VERSION));
        }
        if (header.config() == null) {
            throw new ModelFileException(file, Fault.of("store.noHyperparameters", name));
        }
        checkComplete(file, header);
        long needed = header.config().parameterCount();
        if (header.parameterCount() != needed) {
            throw new ModelFileException(file, Fault.of("store.parameterCount", header.parameterCount(), needed));
        }
        return header;
    }

    /** Missing parts of the history are named here, rather than failing later as a null somewhere. */
    private static void checkComplete(Path file, ModelHeader header) throws ModelFileException {
        List<EpochRecord> epochs = header.epochs() == null ? List.of() : header.epochs();
        for (int i = 0; i < epochs.size(); i++) {
            EpochRecord e = epochs.get(i);
            if (e == null || e.train() == null || e.test() == null) {
                throw new ModelFileException(file, Fault.of("store.incompleteEpoch", i + 1, epochs.size(), ModelStore.HEADER));
            }
        }
        List<StoredSnapshot> samples = header.samples() == null ? List.of() : header.samples();
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i) == null || samples.get(i).grey() == null) {
                throw new ModelFileException(file, Fault.of("store.incompleteSample", i + 1, samples.size(), ModelStore.HEADER));
            }
        }
    }

    /** Weights that are all finite: one NaN would spread through every decoded image. */
    static void checkFinite(Path file, INDArray params) throws ModelFileException {
        long broken = params.isInfinite().castTo(DataType.INT).sumNumber().longValue()
                + params.isNaN().castTo(DataType.INT).sumNumber().longValue();
        if (broken > 0) {
            throw new ModelFileException(file, Fault.of("store.weightsNotFinite", broken, params.length()));
        }
    }

    /** A checkpoint resumes Adam where it was: without its moments the run would not continue as it went. */
    static void checkResumable(Path file, ModelHeader header, INDArray optimizer) throws ModelFileException {
        if (header.position() != null && optimizer == null) {
            throw new ModelFileException(file, Fault.of("store.noOptimizerState"));
        }
    }

    /** A header whose values a record refused (its constructor's checks), with where in the JSON and why. */
    static ModelFileException impossibleValues(Path file, ValueInstantiationException e) {
        boolean config = e.getType() != null && e.getType().getRawClass() == VaeConfig.class;
        Fault why = describe(rootCause(e));
        return new ModelFileException(file, config ? Fault.of("store.impossibleHyperparameters", why)
                : Fault.of("store.impossibleValues", ModelStore.HEADER, jsonPath(e), why), e);
    }

    /**
     * A failure in words: its fault if it has one (a record's check of a value in the file); a null met where a
     * value was needed is said so, not shown as Java's own text; anything else in the words of whoever threw it.
     */
    static Fault describe(Throwable e) {
        return e instanceof NullPointerException ? Fault.of("store.valueMissing") : Fault.describing(e);
    }

    /** "epochs[3].train": where in the JSON Jackson failed (a fault for the top level, which has no name). */
    private static Object jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? Fault.of("store.topLevel") : path.toString();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
