package org.vaeexplorer.cli;

import org.vaeexplorer.analysis.ImageMask;
import org.vaeexplorer.analysis.ImageRepair;
import org.vaeexplorer.analysis.RepairQuality;
import org.vaeexplorer.data.DatasetException;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelFileException;
import org.vaeexplorer.store.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code repair-eval}: how well a saved model fills in hidden halves of test images, beside the mean training
 * image and the training image nearest on the visible half.
 */
@Command(name = "repair-eval",
        description = {"Measure image repair: hide each half (lower, upper, left, right) of the first test images,",
            "fill it in with the VAE, the mean training image and the nearest training image, and give the",
            "mean squared error and PSNR of the filled-in pixels against the originals."})
final class RepairEvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model file saved by train or the window.")
    private Path model;

    @Mixin
    private DataOption data;

    @Option(names = "--images", paramLabel = "N", defaultValue = "1000",
            description = "How many test images, from the first (default: ${DEFAULT-VALUE}).")
    private int images;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "" + ImageRepair.DEFAULT_ROUNDS,
            description = "Rounds of x <- decode(mu(x)) on the hidden pixels (default: ${DEFAULT-VALUE}, as the Repair tab).")
    private int rounds;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws DatasetException, ModelFileException {
        if (images < 1) {
            throw new BadInputException("--images must be at least 1, got " + images);
        }
        if (rounds < 1 || rounds > 1000) {
            throw new BadInputException("--rounds must be 1 to 1000, got " + rounds);
        }
        NativeRuntime.configure();
        ModelFile saved = ModelStore.load(model);
        LoadedData loaded = data.load();
        VaeConfig config = saved.config();
        loaded.requireReadableBy(model, config);
        ImageSet test = loaded.dataset().test();
        if (images > test.count()) {
            throw new BadInputException("--images " + images + ": " + loaded.folder() + " has " + test.count()
                    + " test images");
        }
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), ProgressBar.stderrIsTerminal(), System::nanoTime);
        int masks = ImageMask.values().length;
        List<RepairQuality.Row> rows = RepairQuality.measure(saved.toVae(), loaded.dataset().train(), test, images, rounds,
                done -> bar.show(() -> "repairing " + done + "/" + masks + " masks", true));
        bar.finish();
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> results = rows.stream().map(r -> new JsonReport()
                    .put("mask", jsonKey(r.mask()))
                    .put("method", jsonKey(r.method()))
                    .put("mse", r.meanSquaredError())
                    .put("psnr_db", Double.isInfinite(r.psnr()) ? null : r.psnr())
                    .asMap()).toList();
            stdout.println(new JsonReport()
                    .put("model", model.toAbsolutePath().toString())
                    .put("data", loaded.folder().toString())
                    .put("images", images)
                    .put("rounds", rounds)
                    .put("results", results)
                    .toJson());
            return Cli.EXIT_OK;
        }
        stdout.println("Repair of the first " + images + " test images under " + model.toAbsolutePath() + " (" + rounds
                + " rounds): mean squared error of the hidden pixels (in [0, 1]) and PSNR, higher is better");
        stdout.println(String.format(Locale.ROOT, "%-18s %-24s %8s %10s", "hidden", "filled in with", "MSE", "PSNR (dB)"));
        for (RepairQuality.Row r : rows) {
            stdout.println(String.format(Locale.ROOT, "%-18s %-24s %8.4f %10.2f", r.mask().toString().replace(" hidden", ""),
                    r.method().label(), r.meanSquaredError(), r.psnr()));
        }
        for (RepairQuality.Method m : RepairQuality.Method.values()) {
            stdout.println(m.label() + ": " + m.meaning());
        }
        return Cli.EXIT_OK;
    }

    /** "lower_half". */
    static String jsonKey(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
