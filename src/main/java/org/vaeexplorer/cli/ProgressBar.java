package org.vaeexplorer.cli;

import org.vaeexplorer.train.TrainingProgress;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Training progress on stderr. On a terminal: one line redrawn in place with '\r', at most ten times a
 * second (a minibatch takes about a millisecond, and redrawing each would cost more than training).
 * Anywhere else (a log file, CI): plain lines, one at the end of each epoch's minibatches and one at
 * least every {@link #PLAIN_INTERVAL_NANOS} in between, since '\r' only makes a log unreadable.
 *
 * <p>Called from the training thread; {@link #println} lets other lines through without tearing the bar.
 */
final class ProgressBar {

    static final long REDRAW_INTERVAL_NANOS = 100_000_000L;
    static final long PLAIN_INTERVAL_NANOS = 30_000_000_000L;
    private static final int BAR_WIDTH = 10;

    private final PrintWriter err;
    private final boolean interactive;
    private final LongSupplier nanoClock;
    private long lastShown;
    private boolean shownOnce;
    /** Characters of the bar currently on the terminal line, 0 when none. */
    private int onScreen;

    /**
     * @param interactive true to redraw one line in place (stderr is a terminal)
     * @param nanoClock   System::nanoTime, or a fake one in tests
     */
    ProgressBar(PrintWriter err, boolean interactive, LongSupplier nanoClock) {
        this.err = err;
        this.interactive = interactive;
        this.nanoClock = nanoClock;
        this.lastShown = nanoClock.getAsLong();
    }

    /**
     * Whether stderr is a terminal. Java 17's System.console() is null as soon as stdout is redirected
     * ({@code train --json > run.json}) although stderr still goes to the terminal, so on Linux ask
     * where file descriptor 2 points.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    synchronized void update(TrainingProgress progress) {
        show(() -> line(progress), progress.batch() == progress.batchesPerEpoch());
    }

    /**
     * Shows a line of progress of any work, as often as the kind of stderr allows.
     *
     * @param line      the line, built only when it is shown
     * @param milestone true at a point always worth a line (the end of an epoch)
     */
    synchronized void show(java.util.function.Supplier<String> line, boolean milestone) {
        long now = nanoClock.getAsLong();
        if (interactive) {
            if (milestone || !shownOnce || now - lastShown >= REDRAW_INTERVAL_NANOS) {
                redraw(line.get());
                lastShown = now;
                shownOnce = true;
            }
        } else if (milestone || now - lastShown >= PLAIN_INTERVAL_NANOS) {
            err.println(line.get());
            lastShown = now;
        }
    }

    /** Prints a whole line; on a terminal the bar is wiped first and comes back with the next update. */
    synchronized void println(String line) {
        clear();
        err.println(line);
    }

    /** Wipes the bar, so what follows starts on a clean line. */
    synchronized void finish() {
        clear();
    }

    /** "epoch 3/10 [####      ]  42%  iter 1234  5123 samples/s  0:52 left  loss 154.32" */
    static String line(TrainingProgress p) {
        double epochFraction = (double) p.batch() / p.batchesPerEpoch();
        int filled = (int) Math.floor(epochFraction * BAR_WIDTH);
        return "epoch " + (p.epoch() + 1) + "/" + p.epochs()
                + " [" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] "
                + String.format(java.util.Locale.ROOT, "%3d%%", (int) Math.floor(epochFraction * 100))
                + "  iter " + p.iteration()
                + "  " + Numbers.fixed(p.samplesPerSecond(), 0) + " samples/s"
                + "  " + Numbers.duration(p.secondsLeft()) + " left"
                + "  loss " + Numbers.loss(p.batchLoss().negElbo());
    }

    private void redraw(String line) {
        // Pad with blanks so a shorter line fully covers the previous one.
        err.print("\r" + line + " ".repeat(Math.max(0, onScreen - line.length())));
        err.flush();
        onScreen = line.length();
    }

    private void clear() {
        if (onScreen > 0) {
            err.print("\r" + " ".repeat(onScreen) + "\r");
            err.flush();
            onScreen = 0;
        }
    }
}
