package org.vaeexplorer.cli;

import org.vaeexplorer.data.DatasetException;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.analysis.AnomalyRanking;
import org.vaeexplorer.evaluation.AnomalyDetection;
import org.vaeexplorer.evaluation.Roc;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelFileException;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.model.VaeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * {@code anomalies}: the test images a saved model finds least likely, by DL4J's reconstruction
 * log-probability (the mean of log p(x|z) over draws z ~ q(z|x)), lowest first. The draws use the model's
 * own seed, so a run repeats.
 */
@Command(name = "anomalies",
        description = {"List the test images a saved model finds least likely, lowest first.",
            "Score: reconstruction log-probability, the mean of log p(x|z) over z ~ q(z|x), in nats."})
final class AnomaliesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model file saved by train or the window.")
    private Path model;

    @Mixin
    private DataOption data;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10",
            description = "How many images to list (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--digit", paramLabel = "D",
            description = "Rank only the test images labelled D (default: all of them); with --auroc, the digit to look for.")
    private Integer digit;

    @Option(names = "--samples", paramLabel = "L", defaultValue = "16",
            description = "Draws from q(z|x) per image, 1 to " + MAX_SAMPLES + " (default: ${DEFAULT-VALUE}).")
    private int samples;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    @Option(names = "--auroc", description = {"Instead of a list: how well each score finds the digit the model was"
            + " trained without (train --exclude-digit D), or the --digit given, among all test images:",
        "the AUROC and ROC curve of -log p(x|z), -ELBO and the importance-weighted -log p(x), from "
            + AnomalyDetection.DRAWS + " draws per image unless --samples says otherwise."})
    private boolean auroc;

    /**
     * Most draws per image. The score's noise falls as one over the square root of the draws: 1000 draws
     * make it 8 times smaller than the default 16 and take about 60 times as long; more would run for
     * hours and change nothing a ranking shows.
     */
    static final int MAX_SAMPLES = 1000;

    /** "scoring 3000/10000 images  0:42 left". */
    static String scoringLine(int scored, int total, long elapsedNanos) {
        double secondsLeft = scored == 0 ? Double.NaN : elapsedNanos / 1e9 * (total - scored) / scored;
        return "scoring " + scored + "/" + total + " images  " + Numbers.duration(secondsLeft) + " left";
    }

    @Override
    public Integer call() throws DatasetException, ModelFileException {
        if (top < 1) {
            throw new BadInputException("--top must be at least 1, got " + top);
        }
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new BadInputException("--samples must be 1 to " + MAX_SAMPLES + ", got " + samples);
        }
        if (digit != null && (digit < 0 || digit >= ImageSet.NUM_CLASSES)) {
            throw new BadInputException("--digit must be 0 to " + (ImageSet.NUM_CLASSES - 1) + ", got " + digit);
        }
        NativeRuntime.configure();
        ModelFile saved = ModelStore.load(model);
        if (auroc) {
            return auroc(saved);
        }
        LoadedData loaded = data.load();
        VaeConfig config = saved.config();
        loaded.requireReadableBy(model, config);
        ImageSet test = loaded.dataset().test();
        int[] indices = AnomalyRanking.indicesOf(test, digit == null ? -1 : digit);
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), ProgressBar.stderrIsTerminal(), System::nanoTime);
        long start = System.nanoTime();
        List<AnomalyRanking.Entry> ranked = AnomalyRanking.rank(saved.toVae(), test, indices, samples, config.seed(),
                scored -> bar.show(() -> scoringLine(scored, indices.length, System.nanoTime() - start), false));
        bar.finish();
        List<AnomalyRanking.Entry> shown = ranked.subList(0, Math.min(top, ranked.size()));

        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new java.util.ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                AnomalyRanking.Entry e = shown.get(i);
                rows.add(new JsonReport().put("rank", i + 1).put("index", e.index()).put("label", e.label())
                        .put("log_probability", e.logProbability()).asMap());
            }
            stdout.println(new JsonReport()
                    .put("model", model.toAbsolutePath().toString())
                    .put("data", loaded.folder().toString())
                    .put("digit", digit)
                    .put("samples", samples)
                    .put("ranked", ranked.size())
                    .put("anomalies", rows)
                    .toJson());
        } else {
            stdout.println("Least likely test images under " + model.toAbsolutePath() + " (" + ranked.size()
                    + (digit == null ? " test images" : " test images labelled " + digit) + ", " + samples
                    + " draws each)");
            stdout.println(String.format("%5s  %6s  %5s  %s", "rank", "index", "label", "log p(x|z), nats"));
            for (int i = 0; i < shown.size(); i++) {
                AnomalyRanking.Entry e = shown.get(i);
                stdout.println(String.format("%5d  %6d  %5d  %s", i + 1, e.index(), e.label(),
                        Numbers.fixed(e.logProbability(), 2)));
            }
        }
        return Cli.EXIT_OK;
    }

    /** {@code --auroc}: the ROC of each score for finding the model's left-out digit (or --digit) in the test set. */
    private Integer auroc(ModelFile saved) throws DatasetException {
        VaeConfig config = saved.config();
        Integer lookFor = digit != null ? digit : config.excludedDigit();
        if (lookFor == null) {
            throw new BadInputException(model + ": trained on every digit, so no digit is new to it; train one without"
                    + " a digit (train --exclude-digit D) or name the digit to look for with --digit D");
        }
        int draws = spec.commandLine().getParseResult().hasMatchedOption("--samples") ? samples : AnomalyDetection.DRAWS;
        LoadedData loaded = data.load();
        loaded.requireReadableBy(model, config);
        ImageSet test = loaded.dataset().test();
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), ProgressBar.stderrIsTerminal(), System::nanoTime);
        long start = System.nanoTime();
        AnomalyDetection.Result result;
        try {
            result = AnomalyDetection.measure(saved.toVae(), test, lookFor, draws, config.seed(),
                    (done, total) -> bar.show(() -> scoringLine(done, total, System.nanoTime() - start), false));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(loaded.folder() + ": " + e.getMessage(), e);
        }
        bar.finish();
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> scores = new java.util.LinkedHashMap<>();
            for (AnomalyDetection.Score score : AnomalyDetection.Score.values()) {
                Roc roc = result.roc(score);
                List<double[]> curve = java.util.stream.IntStream.range(0, roc.falsePositiveRate().length)
                        .mapToObj(i -> new double[] {roc.falsePositiveRate()[i], roc.truePositiveRate()[i]}).toList();
                scores.put(jsonKey(score), new JsonReport().put("auroc", roc.area()).put("roc", curve).asMap());
            }
            stdout.println(new JsonReport()
                    .put("model", model.toAbsolutePath().toString())
                    .put("data", loaded.folder().toString())
                    .put("excluded_digit", config.excludedDigit())
                    .put("digit", result.digit())
                    .put("anomalies", result.anomalies())
                    .put("images", result.images())
                    .put("draws", result.draws())
                    .put("scores", scores)
                    .toJson());
            return Cli.EXIT_OK;
        }
        stdout.println("Finding the " + result.anomalies() + " test images labelled " + result.digit() + " among all "
                + result.images() + " under " + model.toAbsolutePath() + ", "
                + (Objects.equals(config.excludedDigit(), result.digit()) ? "trained without them"
                        : config.excludedDigit() == null ? "trained on every digit" : "trained without the "
                        + config.excludedDigit() + "s") + " (" + draws + " draws per image)");
        stdout.println("AUROC: the chance that one of them scores as stranger than another test image (1 = perfect,"
                + " 0.5 = chance)");
        stdout.println(String.format("%-18s  %6s  %14s  %s", "score", "AUROC", "found at 5% FP", "meaning"));
        for (AnomalyDetection.Score score : AnomalyDetection.Score.values()) {
            Roc roc = result.roc(score);
            stdout.println(String.format("%-18s  %6s  %13s%%  %s", score.label(), Numbers.fixed(roc.area(), 3),
                    Numbers.fixed(100 * roc.truePositiveRateAt(0.05), 1), score.meaning()));
        }
        return Cli.EXIT_OK;
    }

    /** The score's key in --auroc --json. */
    static String jsonKey(AnomalyDetection.Score score) {
        return switch (score) {
            case RECONSTRUCTION -> "reconstruction_log_probability";
            case NEG_ELBO -> "neg_elbo";
            case IMPORTANCE_WEIGHTED -> "importance_weighted";
        };
    }
}
