package org.vaeexplorer.cli;

import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelFileException;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.store.RunPosition;
import org.vaeexplorer.train.TrainingListener;

import java.nio.file.Path;

/**
 * Saves a command-line run's checkpoints to one file.
 *
 * <p>It saves on the training thread: a checkpoint takes a few tens of milliseconds once a minute or
 * epoch, and a run that outpaced its own checkpoints would gain nothing. A checkpoint that cannot be
 * written is reported and training goes on; the previous checkpoint stays intact (saving is atomic).
 */
final class CheckpointWriter implements TrainingListener {

    private final Path file;
    private final ProgressBar bar;
    private volatile RunPosition lastSaved;

    CheckpointWriter(Path file, ProgressBar bar) {
        this.file = file;
        this.bar = bar;
    }

    Path file() {
        return file;
    }

    /** Where the run stood at the last checkpoint written, or null before one was. */
    RunPosition lastSaved() {
        return lastSaved;
    }

    @Override
    public void onCheckpoint(ModelFile checkpoint) {
        try {
            ModelStore.save(file, checkpoint);
            lastSaved = checkpoint.position();
            if (checkpoint.position().batch() > 0) { // epoch ends have their own line
                bar.println("checkpoint saved at " + checkpoint.position().describe() + ": " + file);
            }
        } catch (ModelFileException e) {
            bar.println("warning: " + e.getMessage() + "; training goes on");
        } finally {
            checkpoint.release(); // written (or not): nobody else holds this copy
        }
    }
}
