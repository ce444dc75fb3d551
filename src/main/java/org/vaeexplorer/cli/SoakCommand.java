package org.vaeexplorer.cli;

import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.VaeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code soak}: runs the window for a long time, training while the latent point is dragged and the
 * manifold redrawn, and reports resident memory and frame gaps per interval. Exit 0 when memory stayed
 * flat (within 10% after warm-up) and nothing failed, 1 otherwise. {@code --arch conv} trains the
 * convolutional model {@code bench --arch conv} times, whose steps allocate the biggest native buffers.
 */
@Command(name = "soak", showDefaultValues = true,
        description = {"Train in the window for a long time while dragging and redrawing; report memory and frame gaps.",
            "One line per interval on stderr; a summary (or one JSON object) on stdout. Without a display it runs"
                    + " headless (Monocle)."})
final class SoakCommand implements Callable<Integer> {

    private final Instruments instruments;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--minutes", paramLabel = "M", defaultValue = "30", description = "How long to run.")
    private double minutes;

    @Option(names = "--interval-seconds", paramLabel = "S", defaultValue = "60", description = "How often to report.")
    private double intervalSeconds;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    private boolean json;

    @Option(names = "--arch", paramLabel = "A", defaultValue = "mlp",
            description = "mlp: the default 784-400-2 model; conv: the convolutional VAE of the PyTorch reference's"
                    + " --arch conv --latent 20 --hidden 256.")
    private String architecture;

    /** @param instruments the measuring harnesses (handed in by Main), or null where there are none */
    SoakCommand(Instruments instruments) {
        this.instruments = instruments;
    }

    @Override
    public Integer call() {
        if (instruments == null) {
            throw new BadInputException("the soak needs the window, which is not available here");
        }
        if (!(minutes > 0) || minutes > 24 * 60) {
            throw new BadInputException("--minutes must be more than 0 and at most 1440, got " + minutes);
        }
        if (!(intervalSeconds >= 1) || intervalSeconds > minutes * 60) {
            throw new BadInputException("--interval-seconds must be between 1 and the run's length, got " + intervalSeconds);
        }
        VaeConfig trained;
        try {
            trained = BenchCommand.timedModel(Architecture.fromName(architecture), null, VaeConfig.MAX_EPOCHS);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Map<String, Object> summary = instruments.soak(trained, minutes, intervalSeconds, interval -> stderr.println(line(interval)));
        if (json) {
            JsonReport report = new JsonReport();
            summary.forEach(report::put);
            stdout.println(report.toJson());
        } else {
            Map<String, Object> shown = new LinkedHashMap<>(summary);
            shown.remove("intervals");
            TextTable table = new TextTable();
            shown.forEach((k, v) -> table.add(k, String.valueOf(v)));
            table.print(stdout);
        }
        boolean flat = Boolean.TRUE.equals(summary.get("memory_flat"));
        return flat && ((Number) summary.get("errors")).intValue() == 0 ? Cli.EXIT_OK : Cli.EXIT_FAILURE;
    }

    /** "minute 3.0  rss_mb 812  heap_used_mb 120  fx_fps 59.8  fx_max_gap_ms 41.2 ..." */
    static String line(Map<String, Object> interval) {
        StringBuilder line = new StringBuilder();
        interval.forEach((k, v) -> line.append(line.length() == 0 ? "" : "  ").append(k).append(' ').append(v));
        return line.toString();
    }
}
