package org.vaeexplorer.cli;

import org.vaeexplorer.data.DatasetException;
import org.vaeexplorer.evaluation.DigitClassifier;
import org.vaeexplorer.evaluation.FullEvaluation;
import org.vaeexplorer.model.Evaluation;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelFileException;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code evaluate}: the test-set negative ELBO of a saved model. Uses the noise seed of the model's own
 * config, as training does at the end of each epoch, so it reproduces the last test figure of
 * {@code train} on the same data.
 */
@Command(name = "evaluate",
        description = {"Print a saved model's test-set negative ELBO and its parts.",
            "In nats per image; a single-sample estimate with the model's own seed, as train reports it."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model file saved by train or the window.")
    private Path model;

    @Mixin
    private DataOption data;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    private boolean json;

    @Mixin
    private FullEvaluationOptions full;

    @Override
    public Integer call() throws DatasetException, ModelFileException {
        NativeRuntime.configure();
        ModelFile saved = ModelStore.load(model);
        LoadedData loaded = data.load();
        VaeConfig config = saved.config();
        loaded.requireReadableBy(model, config);
        DigitClassifier judge = full.requested() ? full.loadClassifier(loaded) : null;
        Vae vae = saved.toVae();
        LossParts test = Evaluation.meanLoss(vae, loaded.dataset().test(), config.seed());
        FullEvaluation figures = judge == null ? null : full.evaluate(vae, loaded, judge, spec.commandLine().getErr());

        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            JsonReport report = new JsonReport()
                    .loss("test", test)
                    .hyperparameters(config, loaded.folder())
                    .put("model", model.toAbsolutePath().toString());
            stdout.println((figures == null ? report : FullEvaluationOptions.json(report, figures)).toJson());
        } else {
            TextTable table = new TextTable()
                    .add("model", model.toAbsolutePath() + " (" + TrainReport.shape(config) + ", trained "
                            + TrainReport.epochs(saved.history().epochCount()) + ")")
                    .add("data", loaded.folder() + " (" + loaded.dataset().test().count() + " test images)")
                    .add("test neg ELBO", Numbers.lossParts(test) + " (nats/image)");
            (figures == null ? table : FullEvaluationOptions.table(table, figures)).print(stdout);
        }
        return Cli.EXIT_OK;
    }
}
