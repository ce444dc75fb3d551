package org.vaeexplorer.ui.runs;

import javafx.scene.paint.Color;
import org.vaeexplorer.analysis.Hyperparameters;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.ui.fx.I18n;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A ticked run as the loss charts draw it: in its colour, labelled by what sets it apart from the others (in the
 * window's language when the overlays were made: {@link RunsViewModel} makes them anew when it changes).
 */
public record RunOverlay(String id, String legend, Color colour, TrainingHistory history) {

    /**
     * Overlay colours: Okabe &amp; Ito's colour-blind-safe set without the two the current model's curves
     * use (blue, orange), then darker hues for a seventh run and on.
     */
    static final List<Color> COLOURS = List.of(Color.web("#009e73"), Color.web("#cc79a7"), Color.web("#7b3294"),
            Color.web("#e6ab02"), Color.web("#56b4e9"), Color.web("#000000"), Color.web("#a6761d"), Color.web("#666666"));

    /**
     * The overlays of the {@code ticked} runs, oldest first, each labelled by the hyperparameters in which
     * the ticked runs differ and by the class each left out when that differs (by start time when they differ
     * in none): a run without the 3s beside one on every digit is the comparison the Leave out choice is for.
     */
    static List<RunOverlay> of(List<RunEntry> ticked) {
        Set<Hyperparameters.Field> differing = Hyperparameters.differing(
                ticked.stream().map(RunEntry::config).toList());
        boolean leftOutDiffers = ticked.stream().map(RunEntry::leftOut).distinct().count() > 1;
        List<RunOverlay> result = new ArrayList<>();
        for (int i = 0; i < ticked.size(); i++) {
            RunEntry r = ticked.get(i);
            List<String> parts = new ArrayList<>();
            if (!differing.isEmpty()) {
                parts.add(describe(r.config(), differing));
            }
            if (leftOutDiffers) {
                parts.add(I18n.text("runs.setting.leftOut") + "=" + r.leftOut());
            }
            String legend = parts.isEmpty() ? I18n.text("runs.legend.run", r.time()) : String.join(", ", parts);
            result.add(new RunOverlay(r.id(), legend, COLOURS.get(i % COLOURS.size()), r.history()));
        }
        return List.copyOf(result);
    }

    /**
     * The given fields of {@code c} in {@link Hyperparameters}' short notation ("β=4, lr=1e-3"), in legend order,
     * with the names in the window's language ("β=4, 学习率=1e-3"): the values as Hyperparameters writes them.
     */
    static String describe(VaeConfig c, Set<Hyperparameters.Field> fields) {
        List<String> parts = new ArrayList<>();
        for (Hyperparameters.Field f : Hyperparameters.Field.values()) {
            if (fields.contains(f)) {
                String written = Hyperparameters.describe(c, EnumSet.of(f));
                parts.add(I18n.text(key(f)) + written.substring(written.indexOf('=')));
            }
        }
        return String.join(", ", parts);
    }

    /** The settings column's fields ({@link Hyperparameters#summary}). */
    static String summary(VaeConfig c) {
        return describe(c, EnumSet.of(Hyperparameters.Field.BETA, Hyperparameters.Field.WARMUP,
                Hyperparameters.Field.LEARNING_RATE, Hyperparameters.Field.LATENT, Hyperparameters.Field.HIDDEN));
    }

    private static String key(Hyperparameters.Field f) {
        return switch (f) {
            case BETA -> "runs.setting.beta";
            case WARMUP -> "runs.setting.warmup";
            case LEARNING_RATE -> "runs.setting.learningRate";
            case LATENT -> "runs.setting.latent";
            case HIDDEN -> "runs.setting.hidden";
            case BATCH -> "runs.setting.batch";
            case EPOCHS -> "runs.setting.epochs";
            case SEED -> "runs.setting.seed";
            case IMAGE -> "runs.setting.image";
        };
    }
}
