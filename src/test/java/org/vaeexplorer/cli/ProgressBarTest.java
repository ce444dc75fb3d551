package org.vaeexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.train.TrainingProgress;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

class ProgressBarTest {

    private static final long MS = 1_000_000L;

    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private ProgressBar bar(boolean interactive) {
        return new ProgressBar(new PrintWriter(text, true), interactive, now::get);
    }

    /** Minibatch {@code batch} of 10 in epoch 3 of 5, after 1234 iterations. */
    private static TrainingProgress progress(int batch) {
        return new TrainingProgress(1234, 2, batch, 10, 5, new LossParts(150.004, 4.5), 1.0, 5123.4, 75);
    }

    @Test
    void lineShowsEpochPercentIterationSpeedTimeLeftAndLoss() {
        assertThat(ProgressBar.line(progress(4)))
                .isEqualTo("epoch 3/5 [####      ]  40%  iter 1234  5123 samples/s  1:15 left  loss 154.50");
    }

    @Test
    void terminalRedrawsOneLineAtMostTenTimesASecond() {
        ProgressBar bar = bar(true);

        bar.update(progress(1));
        now.set(50 * MS);
        bar.update(progress(2));
        now.set(100 * MS);
        bar.update(progress(3));

        assertThat(text.toString()).doesNotContain("\n").contains("\r").contains(" 10% ").doesNotContain(" 20% ")
                .contains(" 30% ");
    }

    @Test
    void terminalAlwaysShowsTheEndOfAnEpoch() {
        ProgressBar bar = bar(true);
        bar.update(progress(9));

        bar.update(progress(10));

        assertThat(text.toString()).contains("100%");
    }

    @Test
    void terminalWipesTheBarBeforeAWholeLine() {
        ProgressBar bar = bar(true);
        bar.update(progress(5));
        String drawn = text.toString();

        bar.println("epoch 3/5 done");

        int width = drawn.length() - 1; // without the leading '\r'
        assertThat(text.toString()).isEqualTo(drawn + "\r" + " ".repeat(width) + "\r" + "epoch 3/5 done"
                + System.lineSeparator());
    }

    @Test
    void plainOutputIsOneLinePerEpochEnd() {
        ProgressBar bar = bar(false);

        for (int batch = 1; batch <= 10; batch++) {
            now.addAndGet(200 * MS);
            bar.update(progress(batch));
        }

        assertThat(text.toString()).doesNotContain("\r")
                .isEqualTo(ProgressBar.line(progress(10)) + System.lineSeparator());
    }

    @Test
    void plainOutputAlsoShowsLongEpochsEveryThirtySeconds() {
        ProgressBar bar = bar(false);

        now.set(ProgressBar.PLAIN_INTERVAL_NANOS - 1);
        bar.update(progress(1));
        now.set(ProgressBar.PLAIN_INTERVAL_NANOS);
        bar.update(progress(2));

        assertThat(text.toString()).isEqualTo(ProgressBar.line(progress(2)) + System.lineSeparator());
    }

    @Test
    void finishLeavesNothingBehindWhenNothingWasDrawn() {
        bar(true).finish();

        assertThat(text.toString()).isEmpty();
    }

    /** Long scoring (anomalies with many draws) shows its progress the same way: here in a log, every 30 s. */
    @Test
    void otherWorkShowsItsProgressThroughTheSameBar() {
        ProgressBar bar = bar(false);

        bar.show(() -> AnomaliesCommand.scoringLine(1000, 10000, 10_000 * MS), false);
        now.set(ProgressBar.PLAIN_INTERVAL_NANOS);
        bar.show(() -> AnomaliesCommand.scoringLine(3000, 10000, 30_000 * MS), false);

        assertThat(text.toString()).isEqualTo("scoring 3000/10000 images  1:10 left" + System.lineSeparator());
    }
}
