package org.vaeexplorer.cli;

import org.vaeexplorer.data.InstallFolder;
import org.vaeexplorer.evaluation.DigitClassifier;
import org.vaeexplorer.evaluation.FullEvaluation;
import org.vaeexplorer.evaluation.FullEvaluator;
import org.vaeexplorer.model.Vae;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code evaluate --full}: its options, the run with progress on stderr, and the figures as JSON fields or as
 * table rows each with its one-line meaning.
 */
final class FullEvaluationOptions {

    @Option(names = "--full", description = {"Also judge generation and latent coverage: importance-weighted log p(x),",
        "a digit classifier's view of prior samples, active units, KL per dimension, prior holes. Takes minutes."})
    private boolean full;

    @Option(names = "--classifier", paramLabel = "FILE",
            description = "The digit classifier of --full (default: the shipped models/mnist-classifier.zip).")
    private Path classifier;

    @Option(names = "--iwae-samples", paramLabel = "K", defaultValue = "" + FullEvaluation.Settings.IWAE_SAMPLES,
            description = "Draws per test image of the importance-weighted bound (default: ${DEFAULT-VALUE}).")
    private int iwaeSamples;

    @Option(names = "--prior-samples", paramLabel = "N", defaultValue = "" + FullEvaluation.Settings.PRIOR_SAMPLES,
            description = "Samples from the prior the generation figures are taken over (default: ${DEFAULT-VALUE}).")
    private int priorSamples;

    boolean requested() {
        return full;
    }

    /**
     * The classifier, checked before anything long starts: the file named by --classifier or the shipped one.
     *
     * @throws BadInputException naming the file when it is missing, unreadable or reads other images than the data's
     */
    DigitClassifier loadClassifier(LoadedData data) {
        if (iwaeSamples < 1 || priorSamples < 2) {
            throw new BadInputException("--iwae-samples must be at least 1 and --prior-samples at least 2, got "
                    + iwaeSamples + " and " + priorSamples);
        }
        return loadClassifier(classifier, data, "evaluate --full");
    }

    /**
     * The classifier in {@code classifier}, or the shipped one when it is null, checked against the data.
     *
     * @param needer the command that needs it, for the message when there is none
     * @throws BadInputException naming the file when it is missing, unreadable or reads other images than the data's
     */
    static DigitClassifier loadClassifier(Path classifier, LoadedData data, String needer) {
        Path file = classifier != null ? classifier
                : InstallFolder.find(ClassifierCommand.SHIPPED).orElse(ClassifierCommand.SHIPPED);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("no digit classifier at " + file.toAbsolutePath() + " (" + needer + " needs one;"
                    + " make it with: " + Cli.NAME + " train-classifier --out " + file + ")");
        }
        DigitClassifier loaded;
        try {
            loaded = DigitClassifier.load(file);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage(), e); // names the file
        }
        if (!loaded.readsImagesOf(data.dataset())) {
            throw new BadInputException("the digit classifier " + file.toAbsolutePath() + " reads " + loaded.rows() + "x"
                    + loaded.cols() + " images but " + data.folder() + " holds " + data.dataset().rows() + "x"
                    + data.dataset().cols() + " images; train one on this data with: " + Cli.NAME
                    + " train-classifier --data " + data.folder() + " --out FILE");
        }
        return loaded;
    }

    /** Computes the figures on this thread, which owns both networks, with progress on {@code stderr}. */
    FullEvaluation evaluate(Vae vae, LoadedData data, DigitClassifier judge, PrintWriter stderr) {
        ProgressBar bar = new ProgressBar(stderr, ProgressBar.stderrIsTerminal(), System::nanoTime);
        FullEvaluation result = FullEvaluator.evaluate(vae, data.dataset().test(), judge,
                new FullEvaluation.Settings(iwaeSamples, priorSamples, vae.config().seed()),
                (stage, done, total) -> bar.show(() -> "evaluating: " + stage + " " + done + "/" + total, done == total));
        bar.finish();
        return result;
    }

    static JsonReport json(JsonReport report, FullEvaluation e) {
        return report.put("iwae_log_likelihood", e.iwaeLogLikelihood())
                .put("iwae_samples", e.iwaeSamples())
                .put("prior_samples", e.priorSamples())
                .put("classifier_confidence", e.classifierConfidence())
                .put("class_histogram", e.classHistogram())
                .put("frechet_distance", e.frechetDistance())
                .put("sample_sharpness", e.sampleSharpness())
                .put("test_sharpness", e.testSharpness())
                .put("active_units", e.activeUnits())
                .put("kl_per_dimension", e.klPerDimension())
                .put("prior_holes", e.priorHoles())
                .put("classifier_test_accuracy", e.classifierTestAccuracy());
    }

    static TextTable table(TextTable table, FullEvaluation e) {
        int dims = e.klPerDimension().length;
        return table
                .add("IWAE log p(x)", Numbers.loss(e.iwaeLogLikelihood()) + " nats, k = " + e.iwaeSamples()
                        + " (a tighter bound than the ELBO; its distance to -(test neg ELBO) is the ELBO's gap)")
                .add("sample confidence", Numbers.fixed(e.classifierConfidence(), 3)
                        + " (the classifier's mean top probability on " + e.priorSamples() + " prior samples; 1 = clear digits)")
                .add("class histogram", shares(e.classHistogram()) + " (share of samples per digit 0-9; 0.10 each = all"
                        + " digits, evenly)")
                .add("Frechet distance", Numbers.fixed(e.frechetDistance(), 2)
                        + " (samples vs test images in the classifier's features; 0 = alike)")
                .add("sharpness", Numbers.fixed(e.sampleSharpness(), 3) + " samples vs " + Numbers.fixed(e.testSharpness(), 3)
                        + " test images (variance of the Laplacian; lower = blurrier)")
                .add("active units", e.activeUnits() + " of " + dims
                        + " (latent dimensions whose mean moves with the image, variance > 0.01)")
                .add("KL per dimension", shares(e.klPerDimension()) + " (nats per test image; ~0 = a dimension unused)")
                .add("prior holes", Numbers.fixed(e.priorHoles(), 3) + " (share of prior samples farther from every test"
                        + " encoding than 99% of the encodings are from their nearest neighbour)")
                .add("classifier accuracy", Numbers.fixed(e.classifierTestAccuracy() * 100, 2) + "% (the judge's own, on the test images)");
    }

    private static String shares(double[] values) {
        return String.join(" ", Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }
}
