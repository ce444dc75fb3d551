package org.vaeexplorer.cli;

import org.vaeexplorer.store.ModelFile;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

import java.time.Duration;

/** How often {@code train} checkpoints its run: {@code --checkpoint-seconds}, or a resumed run's own interval. */
final class CheckpointOptions {

    /** A day: a longer interval is a typo, and would lose a day's work to a kill. */
    private static final double MAX_CHECKPOINT_SECONDS = 86_400;

    @Option(names = "--checkpoint-seconds", paramLabel = "S", defaultValue = "60",
            description = "Longest time between two checkpoints; one is also saved at every epoch end (and when the"
                    + " process is asked to end).")
    private double checkpointSeconds;

    /** The interval asked for. */
    Duration interval() {
        if (!validInterval(checkpointSeconds)) {
            throw new BadInputException("--checkpoint-seconds must be between 0 and " + MAX_CHECKPOINT_SECONDS
                    + ", got " + checkpointSeconds);
        }
        return seconds(checkpointSeconds);
    }

    private static boolean validInterval(double seconds) {
        return seconds >= 0 && seconds <= MAX_CHECKPOINT_SECONDS;
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** A resumed run keeps its own checkpoint interval, unless --checkpoint-seconds is given again. */
    Duration resumedInterval(ModelFile resumed, ParseResult parsed) {
        boolean given = parsed.hasMatchedOption("--checkpoint-seconds");
        if (given || resumed.setup() == null || !validInterval(resumed.setup().checkpointSeconds())) {
            return interval();
        }
        return seconds(resumed.setup().checkpointSeconds());
    }
}
