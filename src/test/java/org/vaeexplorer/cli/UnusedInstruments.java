package org.vaeexplorer.cli;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.VaeConfig;

import java.util.Map;
import java.util.function.Consumer;

/** Instruments of which a test uses at most one: it overrides that one, and every other fails the test. */
class UnusedInstruments implements Instruments {

    private final String why;

    /** @param why what the test expects instead: "refused before timing", "only the soak runs" */
    UnusedInstruments(String why) {
        this.why = why;
    }

    @Override
    public Map<String, Object> inferenceWhileTraining(Dataset data, VaeConfig config) {
        throw new AssertionError(why);
    }

    @Override
    public void dl4jBaseline(Dataset data, VaeConfig config, Consumer<Map<String, Object>> each) {
        throw new AssertionError(why);
    }

    @Override
    public long peakResidentMb() {
        throw new AssertionError(why);
    }

    @Override
    public Map<String, Object> window() {
        throw new AssertionError(why);
    }

    @Override
    public Map<String, Object> soak(VaeConfig trained, double minutes, double intervalSeconds,
                                    Consumer<Map<String, Object>> each) {
        throw new AssertionError(why);
    }
}
