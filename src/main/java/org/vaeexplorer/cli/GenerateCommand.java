package org.vaeexplorer.cli;

import org.vaeexplorer.augmentation.Agreement;
import org.vaeexplorer.augmentation.GeneratedDataset;
import org.vaeexplorer.data.DatasetException;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.evaluation.DigitClassifier;
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

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code generate}: a labelled synthetic dataset from a saved VAE (a Gaussian fitted to each class's training
 * encodings, sampled and decoded), written as IDX files Open dataset reads, and the digit classifier's agreement
 * with its labels. Everything runs on the calling thread, which owns both networks.
 */
@Command(name = "generate",
        description = {"Write a labelled synthetic dataset made by a saved VAE, and how often a digit classifier agrees with its labels.",
            "Each class: a Gaussian fitted to its training images' encodings, sampled and decoded. The synthetic images are"
                    + " the training files, the source's real test images the test files; plus contact-sheet.png."})
final class GenerateCommand implements Callable<Integer> {

    /** Enough for any experiment here; 10 classes of it are 78 MB of pixels. */
    static final int MAX_PER_CLASS = 10_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model file saved by train or the window.")
    private Path model;

    @Option(names = "--per-class", paramLabel = "N", required = true, description = "Synthetic images per class (1.." + MAX_PER_CLASS + ").")
    private int perClass;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the dataset to (created if needed).")
    private Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the latent samples (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--force", description = "Replace a dataset already in the folder.")
    private boolean force;

    @Option(names = "--classifier", paramLabel = "FILE",
            description = "The digit classifier that judges the labels (default: the shipped models/mnist-classifier.zip).")
    private Path classifier;

    @Mixin
    private DataOption data;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws DatasetException, ModelFileException {
        if (perClass < 1 || perClass > MAX_PER_CLASS) {
            throw new BadInputException("--per-class must be 1.." + MAX_PER_CLASS + ", got " + perClass);
        }
        NativeRuntime.configure();
        ModelFile saved = ModelStore.load(model);
        LoadedData loaded = data.load();
        loaded.requireReadableBy(model, saved.config());
        DigitClassifier judge = FullEvaluationOptions.loadClassifier(classifier, loaded, "generate");
        try {
            GeneratedDataset.prepare(out, force);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage(), e);
        }

        PrintWriter stderr = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(stderr, ProgressBar.stderrIsTerminal(), System::nanoTime);
        long start = System.nanoTime();
        GeneratedDataset made;
        try {
            made = GeneratedDataset.make(saved.toVae(), loaded.dataset(), judge, perClass, seed, out,
                    (stage, done, total) -> bar.show(() -> "generating: " + stage + " " + done + "/" + total, done == total));
        } catch (IOException e) {
            throw new BadInputException(out.toAbsolutePath() + ": cannot write the dataset: " + e.getMessage(), e);
        }
        ImageSet synthetic = made.synthetic();
        Agreement agreement = made.agreement();
        bar.finish();

        JsonReport report = new JsonReport()
                .put("model", model.toAbsolutePath().toString())
                .put("data", loaded.folder().toString())
                .put("out", out.toAbsolutePath().normalize().toString())
                .put("per_class", perClass)
                .put("images", synthetic.count())
                .put("seed", seed)
                .put("latent", saved.config().latentSize())
                .put("agreement", agreement.overall())
                .put("agreement_per_class", Arrays.stream(agreement.perClass()).boxed().toList())
                .put("contact_sheet", out.resolve(GeneratedDataset.CONTACT_SHEET).toAbsolutePath().normalize().toString())
                .put("seconds", (System.nanoTime() - start) / 1e9);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(report.toJson());
        } else {
            new TextTable()
                    .add("model", model.toAbsolutePath() + " (" + TrainReport.shape(saved.config()) + ")")
                    .add("written", synthetic.count() + " synthetic training images (" + perClass + " per class) and "
                            + loaded.dataset().test().count() + " real test images to " + out.toAbsolutePath().normalize())
                    .add("contact sheet", String.valueOf(out.resolve(GeneratedDataset.CONTACT_SHEET)))
                    .add("agreement", Numbers.fixed(agreement.overall() * 100, 1)
                            + "% (the digit classifier names the class each image was sampled from; 10% = chance)")
                    .add("per class", perClassLine(agreement))
                    .add("open it", Cli.NAME + " --data " + out)
                    .print(stdout);
        }
        return Cli.EXIT_OK;
    }

    /** "0: 99.0%  1: 98.2% ...", the classes with images only. */
    static String perClassLine(Agreement agreement) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < agreement.perClass().length; c++) {
            if (agreement.counts()[c] > 0) {
                line.append(line.isEmpty() ? "" : "  ")
                        .append(String.format(Locale.ROOT, "%d: %.1f%%", c, agreement.perClass()[c] * 100));
            }
        }
        return line.toString();
    }
}
