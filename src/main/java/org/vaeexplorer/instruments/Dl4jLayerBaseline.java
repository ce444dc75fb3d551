package org.vaeexplorer.instruments;

import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.ShuffledBatches;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.Evaluation;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.model.MlpVae;
import org.vaeexplorer.model.Noise;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The baseline the speed work is measured against ({@code bench --dl4j-baseline}): a model trained with DL4J's
 * own path ({@code pretrainLayer}: its gradient, its Adam), on the same initial weights, minibatches,
 * reparameterisation noise and test-set evaluation as {@code train}, so that the two differ only in their
 * arithmetic.
 */
final class Dl4jLayerBaseline {

    private Dl4jLayerBaseline() {
    }

    /** Trains {@code config} on {@code data}; {@code each} gets every epoch's figures ({@code Instruments#dl4jBaseline}). */
    static void run(Dataset data, VaeConfig config, Consumer<Map<String, Object>> each) {
        if (config.architecture() != Architecture.MLP) {
            throw new IllegalArgumentException("DL4J's own training path is the MLP's (its VariationalAutoencoder"
                    + " layer), not the " + config.architecture().cliName() + "'s");
        }
        MlpVae vae = (MlpVae) Vae.create(config);
        // DL4J's layer draws its noise from this thread's global generator. Seeded as train seeds its own, it
        // draws the very same noise.
        Nd4j.getRandom().setSeed(Noise.trainingSeed(config.seed(), 0));
        ShuffledBatches batches = new ShuffledBatches(data.train().count(), config.batchSize(), config.seed());
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            long start = System.nanoTime();
            int[] order = batches.epochOrder(epoch);
            for (int b = 0; b < batches.batchesPerEpoch(); b++) {
                vae.trainStepWithDl4j(ImageMatrix.of(data.train(), batches.batch(order, b)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            LossParts test = Evaluation.meanLoss(vae, data.test(), config.seed());
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("epoch", epoch + 1);
            figures.put("seconds", seconds);
            figures.put("test_neg_elbo", test.negElbo());
            figures.put("reconstruction", test.reconstruction());
            figures.put("kl", test.kl());
            each.accept(figures);
        }
    }
}
