package org.vaeexplorer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.VaeConfig;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one command's result in a fixed order (a LinkedHashMap, so scripts and diffs see stable
 * output), written as one JSON object on one line with {@code --json}.
 */
final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    JsonReport put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    JsonReport putAll(Map<String, ?> more) {
        fields.putAll(more);
        return this;
    }

    /** The hyperparameters of a run, under the names of the command line's options. */
    JsonReport hyperparameters(VaeConfig config, Path data) {
        return put("arch", config.architecture().cliName())
                .put("latent", config.latentSize())
                .put("hidden", config.hiddenSizes())
                .put("epochs", config.epochs())
                .put("batch", config.batchSize())
                .put("lr", config.learningRate())
                .put("beta", config.beta())
                .put("warmup_epochs", config.warmupEpochs())
                .put("seed", config.seed())
                .put("exclude_digit", config.excludedDigit())
                .put("data", data.toString());
    }

    /** {@code prefix_neg_elbo}, {@code prefix_recon}, {@code prefix_kl}; nulls when there is no value (yet). */
    JsonReport loss(String prefix, LossParts parts) {
        return put(prefix + "_neg_elbo", parts == null ? null : parts.negElbo())
                .put(prefix + "_recon", parts == null ? null : parts.reconstruction())
                .put(prefix + "_kl", parts == null ? null : parts.kl());
    }

    /** One entry per epoch, as {@code train --json} reports them. */
    static List<Map<String, Object>> history(List<EpochRecord> epochs) {
        return epochs.stream().map(e -> new JsonReport()
                .put("epoch", e.epoch())
                .loss("train", e.train())
                .loss("test", e.test())
                .put("beta", e.beta())
                .put("lr", e.learningRate())
                .put("seconds", e.seconds())
                .asMap()).toList();
    }

    Map<String, Object> asMap() {
        return fields;
    }

    /** The whole report as one line of JSON. */
    String toJson() {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            // Only maps, lists, strings and numbers go in, which Jackson always writes.
            throw new UncheckedIOException(e);
        }
    }
}
