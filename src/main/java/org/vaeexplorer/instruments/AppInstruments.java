package org.vaeexplorer.instruments;

import org.vaeexplorer.cli.Instruments;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.VaeConfig;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The instruments as the command line's {@code bench} and {@code soak} run them (handed in by Main). */
public final class AppInstruments implements Instruments {

    private final Class<?> mainClass;

    /** @param mainClass the app's entry point, which the launch timings start in new JVMs */
    public AppInstruments(Class<?> mainClass) {
        this.mainClass = mainClass;
    }

    @Override
    public Map<String, Object> inferenceWhileTraining(Dataset data, VaeConfig config) throws InterruptedException {
        return InferenceBenchmark.whileTraining(data, config);
    }

    @Override
    public void dl4jBaseline(Dataset data, VaeConfig config, Consumer<Map<String, Object>> each) {
        Dl4jLayerBaseline.run(data, config, each);
    }

    @Override
    public long peakResidentMb() {
        return ProcessMemory.ofThisProcess().peakResidentMb();
    }

    @Override
    public Map<String, Object> window() {
        Map<String, Object> figures = new LinkedHashMap<>(UiBenchmark.run());
        try {
            figures.putAll(LaunchTimer.measure(mainClass));
        } catch (IOException e) {
            throw new IllegalStateException("could not time the window's launch: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("launch timing interrupted", e);
        }
        return figures;
    }

    @Override
    public Map<String, Object> soak(VaeConfig trained, double minutes, double intervalSeconds,
                                    Consumer<Map<String, Object>> each) {
        return UiSoak.run(trained, minutes, intervalSeconds, each);
    }
}
