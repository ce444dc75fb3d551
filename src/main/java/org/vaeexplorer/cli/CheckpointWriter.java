package org.vaeexplorer.cli;

import org.vaeexplorer.model.EpochRecord;
import org.vaeexplorer.model.ModelFile;
import org.vaeexplorer.model.ModelFileException;
import org.vaeexplorer.model.ModelStore;
import org.vaeexplorer.model.SampleSnapshot;
import org.vaeexplorer.train.ParamsSnapshot;
import org.vaeexplorer.train.TrainingListener;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.train.TrainingProgress;

import java.nio.file.Path;

/**
 * Saves a command-line run's checkpoints to one file and passes everything else on to the console.
 *
 * <p>It saves on the training thread: a checkpoint takes a few tens of milliseconds once a minute or
 * epoch, and a run that outpaced its own checkpoints would gain nothing. A checkpoint that cannot be
 * written is reported and training goes on; the previous checkpoint stays intact (saving is atomic).
 */
final class CheckpointWriter implements TrainingListener {

    private final TrainingListener console;
    private final Path file;
    private final ProgressBar bar;

    CheckpointWriter(TrainingListener console, Path file, ProgressBar bar) {
        this.console = console;
        this.file = file;
        this.bar = bar;
    }

    @Override
    public void onCheckpoint(ModelFile checkpoint) {
        try {
            ModelStore.save(file, checkpoint);
            if (checkpoint.position().batch() > 0) { // epoch ends have their own line
                bar.println("checkpoint saved at " + checkpoint.position().describe() + ": " + file);
            }
        } catch (ModelFileException e) {
            bar.println("warning: " + e.getMessage() + "; training goes on");
        } finally {
            checkpoint.release(); // written (or not): nobody else holds this copy
        }
    }

    @Override
    public void onProgress(TrainingProgress progress) {
        console.onProgress(progress);
    }

    @Override
    public void onEpochEnd(EpochRecord record) {
        console.onEpochEnd(record);
    }

    @Override
    public void onParams(ParamsSnapshot snapshot) {
        console.onParams(snapshot);
    }

    @Override
    public void onSamples(SampleSnapshot snapshot) {
        console.onSamples(snapshot);
    }

    @Override
    public void onFinished(TrainingOutcome outcome) {
        console.onFinished(outcome);
    }
}
