package org.vaeexplorer.cli;

import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.train.TrainingListener;
import org.vaeexplorer.train.TrainingProgress;
import org.vaeexplorer.train.TrainingOutcome;

/** Shows a run on stderr: the progress bar while it trains and one summary line per finished epoch. */
final class ConsoleReporter implements TrainingListener {

    private final ProgressBar bar;
    private final int epochs;

    ConsoleReporter(ProgressBar bar, int epochs) {
        this.bar = bar;
        this.epochs = epochs;
    }

    @Override
    public void onProgress(TrainingProgress progress) {
        bar.update(progress);
    }

    @Override
    public void onEpochEnd(EpochRecord record) {
        bar.println(epochLine(record, epochs));
    }

    @Override
    public void onFinished(TrainingOutcome outcome) {
        bar.finish();
    }

    /** "epoch 2/10  train neg ELBO 170.12 = 165.00 recon + 5.12 KL  test neg ELBO ...  4.31 s" */
    static String epochLine(EpochRecord record, int epochs) {
        return "epoch " + record.epoch() + "/" + epochs
                + "  train neg ELBO " + Numbers.lossParts(record.train())
                + "  test neg ELBO " + Numbers.lossParts(record.test())
                + "  " + Numbers.fixed(record.seconds(), 2) + " s";
    }
}
