package org.vaeexplorer.cli;

import java.util.Map;
import java.util.function.Consumer;

/** Runs the window's soak (handed in by Main, as the cli package does not know the ui one). */
@FunctionalInterface
public interface SoakRunner {

    /**
     * @param each receives each interval's figures as they come
     * @return the summary, with {@code memory_flat} and {@code errors}
     */
    Map<String, Object> soak(double minutes, double intervalSeconds, Consumer<Map<String, Object>> each);
}
