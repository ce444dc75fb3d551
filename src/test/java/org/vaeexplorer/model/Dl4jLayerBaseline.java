package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ShuffledBatches;

import java.util.Locale;

/**
 * The baseline the speed work is measured against, kept runnable: the default model trained with DL4J's own
 * path ({@code pretrainLayer}: its gradient, its Adam), on the same initial weights, minibatches,
 * reparameterisation noise and test-set evaluation as {@code train}. Prints each epoch's seconds and test negative ELBO.
 *
 * <pre>java -cp target/test-classes:target/vae-explorer.jar org.vaeexplorer.model.Dl4jLayerBaseline EPOCHS [SEED]</pre>
 */
public final class Dl4jLayerBaseline {

    private Dl4jLayerBaseline() {
    }

    public static void main(String[] args) throws Exception {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        NativeRuntime.configure();
        Dataset mnist = DatasetLoader.loadBundledMnist();
        VaeConfig config = args.length > 1 ? VaeConfig.defaults().withSeed(Long.parseLong(args[1])) : VaeConfig.defaults();
        MlpVae vae = MlpVae.create(config);
        // DL4J's layer draws its noise from this thread's global generator. Seeded as train seeds its own, it
        // draws the very same noise: the two paths then differ only in their arithmetic.
        Nd4j.getRandom().setSeed(Noise.trainingSeed(config.seed(), 0));
        ShuffledBatches batches = new ShuffledBatches(mnist.train().count(), config.batchSize(), config.seed());
        for (int epoch = 0; epoch < epochs; epoch++) {
            long start = System.nanoTime();
            int[] order = batches.epochOrder(epoch);
            for (int b = 0; b < batches.batchesPerEpoch(); b++) {
                INDArray x = ImageMatrix.of(mnist.train(), batches.batch(order, b));
                vae.network().pretrainLayer(0, x);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            LossParts test = Evaluation.meanLoss(vae, mnist.test(), config.seed());
            System.out.printf(Locale.ROOT, "epoch %d  %.2f s  test -ELBO %.2f  recon %.2f  KL %.2f%n",
                    epoch + 1, seconds, test.negElbo(), test.reconstruction(), test.kl());
        }
    }
}
