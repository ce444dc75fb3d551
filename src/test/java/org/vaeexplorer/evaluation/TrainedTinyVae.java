package org.vaeexplorer.evaluation;

import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.testing.TestModels;

/** The tiny synthetic digits and a 2-D VAE trained 3 epochs on them, made once for the evaluation tests. */
final class TrainedTinyVae {

    static final int LATENT = 2;
    private static Dataset data;
    private static VaeConfig config;
    private static float[] params;

    private TrainedTinyVae() {
    }

    static synchronized Dataset data() throws InterruptedException {
        train();
        return data;
    }

    /** A network of its own for the calling test (networks are not shared between threads). */
    static synchronized Vae vae() throws InterruptedException {
        train();
        return Vae.withParams(config, params);
    }

    private static void train() throws InterruptedException {
        if (data == null) {
            data = TestModels.tinyData();
            Vae trained = TestModels.trainedModel(data, LATENT, 3).toVae();
            config = trained.config();
            params = trained.snapshotValues();
        }
    }
}
