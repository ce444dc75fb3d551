package org.vaeexplorer.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.ParameterBlock;
import org.vaeexplorer.train.StepRecord;
import org.vaeexplorer.ui.training.TrainingViewModel.RunState;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Training taken apart: while a run is paused, Step trains one minibatch (or 10, or 100) and the window shows
 * what the last of them did: its images, its loss before and after the update, and the gradient's size in each
 * layer. The plane's arrows ({@code LatentPlaneViewModel#showMovedEncodings}) come from the same record.
 */
public final class StepInspector {

    /** How many of a minibatch's images are shown: two rows of sixteen. */
    public static final int SHOWN_IMAGES = 32;

    /**
     * One stepped minibatch as the window shows it; losses are means per image.
     *
     * @param images the first {@link #SHOWN_IMAGES} images of the minibatch
     */
    public record Shown(long iteration, int epoch, int batch, int minibatchSize, double beta, GreyImages images,
                        LossParts before, LossParts after, List<ParameterBlock> blocks, double[] gradientNorms) {
    }

    private final ReadOnlyObjectProperty<RunState> state;
    private final IntConsumer stepRun;
    private final ReadOnlyBooleanWrapper stepping = new ReadOnlyBooleanWrapper(this, "stepping");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final BooleanBinding canStep;

    /** @param stepRun asks the paused run to train this many minibatches */
    StepInspector(ReadOnlyObjectProperty<RunState> state, IntConsumer stepRun) {
        this.state = state;
        this.stepRun = stepRun;
        canStep = Bindings.createBooleanBinding(() -> state.get() == RunState.PAUSED && !stepping.get(), state, stepping);
        state.addListener((obs, old, now) -> {
            if (now != RunState.PAUSED) {
                stepping.set(false);
                shown.set(null);
            }
        });
    }

    /** True while the run is paused and no steps are under way. */
    public BooleanBinding canStepBinding() {
        return canStep;
    }

    /** True from Step until the last minibatch asked for has been trained. */
    public ReadOnlyBooleanProperty steppingProperty() {
        return stepping.getReadOnlyProperty();
    }

    /** The newest stepped minibatch, or null (none yet, or the run is no longer paused). */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Trains {@code minibatches} more minibatches of the paused run and shows the last. */
    public void step(int minibatches) {
        if (canStep.get()) {
            stepping.set(true);
            stepRun.accept(minibatches);
        }
    }

    /** A stepped minibatch has arrived from the run, with images of {@code data}'s size. */
    void take(StepRecord record, Dataset data) {
        if (state.get() != RunState.PAUSED) {
            stepping.set(false);
            return; // the run ended with this step
        }
        int n = record.indices().length;
        int shownCount = Math.min(n, SHOWN_IMAGES);
        int pixels = data.rows() * data.cols();
        GreyImages images = new GreyImages(shownCount, data.rows(), data.cols(),
                Arrays.copyOf(record.images(), shownCount * pixels));
        shown.set(new Shown(record.iteration(), record.epoch(), record.batch(), n, record.beta(), images,
                record.report().before().scaled(1.0 / n), record.report().after().scaled(1.0 / n),
                record.report().blocks(), record.report().gradientNorms()));
        if (record.stepsLeft() == 0) {
            stepping.set(false);
        }
    }
}
