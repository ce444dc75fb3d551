package org.vaeexplorer.store;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One training run as the runs folder keeps it: its id (also its file name, without ".zip") and the
 * model it left, hyperparameters and history included.
 *
 * @param id e.g. "run-20261126-061502-3fa9": when the run started, plus four random hex digits
 */
public record RunRecord(String id, ModelFile model) {

    static final Pattern ID = Pattern.compile("run-\\d{8}-\\d{6}-[0-9a-f]{4}");

    public RunRecord {
        Objects.requireNonNull(model, "model");
        if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
            throw new IllegalArgumentException("not a run id: " + id);
        }
    }
}
