package org.vaeexplorer.cli;

import org.vaeexplorer.augmentation.AugmentationExperiment;
import org.vaeexplorer.augmentation.Spread;
import org.vaeexplorer.data.DatasetException;
import org.vaeexplorer.model.NativeRuntime;
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
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code augmentation-experiment}: does a VAE's synthetic data help a digit classifier? Small data with and without
 * synthetic images, and a class cut to 1% with and without synthetic images topping it up, over several seeds
 * ({@link AugmentationExperiment}). On the calling thread, which owns every network.
 */
@Command(name = "augmentation-experiment",
        description = {"Measure whether a VAE's synthetic images help a digit classifier.",
            "Small data: a classifier trained on a few real images per class, with and without synthetic ones; test accuracy."
                    + " Imbalance: one class cut to 1%, then topped up with synthetic images; that class's recall. Over several seeds."})
final class AugmentationExperimentCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The VAE that makes the synthetic images.")
    private Path model;

    @Option(names = "--real-per-class", paramLabel = "N", defaultValue = "100",
            description = "Real training images per class in the small-data case (default: ${DEFAULT-VALUE}).")
    private int realPerClass;

    @Option(names = "--synthetic-per-class", paramLabel = "N", defaultValue = "500",
            description = "Synthetic images per class added to them (default: ${DEFAULT-VALUE}).")
    private int syntheticPerClass;

    @Option(names = "--imbalanced-per-class", paramLabel = "N", defaultValue = "500",
            description = "Real images per class in the imbalanced case, before the minority class is cut to 1% (default: ${DEFAULT-VALUE}).")
    private int imbalancedPerClass;

    @Option(names = "--minority-class", paramLabel = "C", defaultValue = "3",
            description = "The class cut to 1% (default: ${DEFAULT-VALUE}).")
    private int minorityClass;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "3", description = "Repetitions, seeds 1..K (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "200",
            description = "Minibatch steps per classifier, rounded to whole epochs (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64", description = "Minibatch size (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Mixin
    private DataOption data;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws DatasetException, ModelFileException {
        AugmentationExperiment.Settings settings;
        try {
            settings = new AugmentationExperiment.Settings(realPerClass, syntheticPerClass, imbalancedPerClass, minorityClass,
                    seeds, steps, batch);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        NativeRuntime.configure();
        ModelFile saved = ModelStore.load(model);
        LoadedData loaded = data.load();
        loaded.requireReadableBy(model, saved.config());
        int[] counts = new int[10];
        for (byte label : loaded.dataset().train().labels()) {
            counts[label]++;
        }
        int fewest = Arrays.stream(counts).min().orElse(0);
        if (Math.max(realPerClass, imbalancedPerClass) > fewest) {
            throw new BadInputException(loaded.folder() + ": a class has only " + fewest + " training images, fewer than"
                    + " --real-per-class " + realPerClass + " or --imbalanced-per-class " + imbalancedPerClass);
        }

        PrintWriter stderr = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(stderr, ProgressBar.stderrIsTerminal(), System::nanoTime);
        AugmentationExperiment.Result r = AugmentationExperiment.run(saved.toVae(), loaded.dataset(), settings,
                (stage, done, total) -> bar.show(() -> "experiment: " + stage + " " + done + "/" + total, done == total && total > 1));
        bar.finish();

        JsonReport report = new JsonReport()
                .put("model", model.toAbsolutePath().toString())
                .put("data", loaded.folder().toString())
                .put("latent", saved.config().latentSize())
                .put("real_per_class", realPerClass)
                .put("synthetic_per_class", syntheticPerClass)
                .put("imbalanced_per_class", imbalancedPerClass)
                .put("minority_class", minorityClass)
                .put("minority_kept", r.minorityKept())
                .put("seeds", seeds)
                .put("steps", steps)
                .put("batch", batch)
                .put("real_accuracy", r.realAccuracy())
                .put("augmented_accuracy", r.augmentedAccuracy())
                .put("imbalanced_recall", r.imbalancedRecall())
                .put("topped_up_recall", r.toppedUpRecall())
                .put("imbalanced_accuracy", r.imbalancedAccuracy())
                .put("topped_up_accuracy", r.toppedUpAccuracy())
                .put("seconds", r.seconds());
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(report.toJson());
            return Cli.EXIT_OK;
        }
        String small = realPerClass + " real per class";
        String cut = "class " + minorityClass + " cut to " + r.minorityKept() + " of " + imbalancedPerClass;
        new TextTable()
                .add("model", model.toAbsolutePath() + " (" + TrainReport.shape(saved.config()) + ")")
                .add("test accuracy", "mean \u00b1 sd (min-max) over " + seeds + " seeds, on " + loaded.dataset().test().count()
                        + " test images")
                .add("  " + small, percent(r.realAccuracy()))
                .add("  + " + syntheticPerClass + " synthetic", percent(r.augmentedAccuracy()))
                .add("class " + minorityClass + " recall", cut + " real images, the other classes " + imbalancedPerClass)
                .add("  imbalanced", percent(r.imbalancedRecall()) + "  (all classes: " + percent(r.imbalancedAccuracy()) + ")")
                .add("  topped up", percent(r.toppedUpRecall()) + "  (all classes: " + percent(r.toppedUpAccuracy())
                        + "; + " + (imbalancedPerClass - r.minorityKept()) + " synthetic " + minorityClass + "s)")
                .add("time", Numbers.duration(r.seconds()))
                .print(stdout);
        return Cli.EXIT_OK;
    }

    /** "91.2% ± 0.4 (90.8-91.6)". */
    static String percent(double[] values) {
        Spread s = Spread.of(values);
        return String.format(Locale.ROOT, "%.1f%% \u00b1 %.1f (%.1f-%.1f)", s.mean() * 100, s.sd() * 100, s.min() * 100, s.max() * 100);
    }
}
