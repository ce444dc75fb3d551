package org.vaeexplorer.train;

import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.ModelFile;

/**
 * Which runs continue a model: a run whose hyperparameters differ from the model's only in the epoch count,
 * and that asks for more epochs than the model has, trains on from where the model stopped (as
 * {@link Trainer} does with a saved model); any other run starts a new model.
 */
public final class Continuation {

    private Continuation() {
    }

    /** Same model and training set-up apart from the epoch count, with epochs left to train. */
    public static boolean canContinue(ModelFile current, VaeConfig wanted) {
        if (current == null) {
            return false;
        }
        VaeConfig have = current.config();
        int done = current.history().epochCount();
        return done > 0 && done < wanted.epochs()
                && have.withTraining(have.learningRate(), have.batchSize(), wanted.epochs()).equals(wanted);
    }

    /**
     * The settings for the next run after opening {@code m}: its own, so that training continues it when it
     * has epochs left. A finished model's next run is a new one: the default epoch count, since its own (the
     * shipped model's is many times that) would start a long run in class, and the learning rate its first
     * epoch trained at, since a model finished at a smaller step (train --continue --lr) would otherwise
     * start a new model at a tenth of the speed.
     */
    public static VaeConfig nextRun(ModelFile m) {
        VaeConfig c = m.config();
        int done = m.history().epochCount();
        if (done == 0 || done < c.epochs()) {
            return c;
        }
        double firstRate = m.history().epochs().get(0).learningRate();
        return c.withTraining(firstRate, c.batchSize(), Math.min(c.epochs(), VaeConfig.DEFAULT_EPOCHS));
    }
}
