package org.vaeexplorer.ui.runs;

import javafx.scene.paint.Color;
import org.vaeexplorer.analysis.Hyperparameters;
import org.vaeexplorer.store.TrainingHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A ticked run as the loss charts draw it: in its colour, labelled by what sets it apart from the others. */
public record RunOverlay(String id, String legend, Color colour, TrainingHistory history) {

    /**
     * Overlay colours: Okabe &amp; Ito's colour-blind-safe set without the two the current model's curves
     * use (blue, orange), then darker hues for a seventh run and on.
     */
    static final List<Color> COLOURS = List.of(Color.web("#009e73"), Color.web("#cc79a7"), Color.web("#7b3294"),
            Color.web("#e6ab02"), Color.web("#56b4e9"), Color.web("#000000"), Color.web("#a6761d"), Color.web("#666666"));

    /**
     * The overlays of the {@code ticked} runs, oldest first, each labelled by the hyperparameters in which
     * the ticked runs differ (by start time when they differ in none).
     */
    static List<RunOverlay> of(List<RunEntry> ticked) {
        Set<Hyperparameters.Field> differing = Hyperparameters.differing(
                ticked.stream().map(RunEntry::config).toList());
        List<RunOverlay> result = new ArrayList<>();
        for (int i = 0; i < ticked.size(); i++) {
            RunEntry r = ticked.get(i);
            String legend = differing.isEmpty() ? "run " + r.time() : Hyperparameters.describe(r.config(), differing);
            result.add(new RunOverlay(r.id(), legend, COLOURS.get(i % COLOURS.size()), r.history()));
        }
        return List.copyOf(result);
    }
}
