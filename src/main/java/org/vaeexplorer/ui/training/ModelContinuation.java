package org.vaeexplorer.ui.training;

import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.ui.session.CurrentModel;

/**
 * What Train does with the current model: it continues it when only the epoch count differs from the
 * model's hyperparameters and it has epochs left (as {@link org.vaeexplorer.train.Trainer} does for a saved
 * model); otherwise it starts a new model.
 */
final class ModelContinuation {

    private ModelContinuation() {
    }

    /** Same model and training set-up apart from the epoch count, with epochs left to train. */
    static boolean canContinue(CurrentModel current, VaeConfig wanted) {
        if (current == null) {
            return false;
        }
        VaeConfig have = current.config();
        int done = current.history().epochCount();
        return done > 0 && done < wanted.epochs()
                && have.withTraining(have.learningRate(), have.batchSize(), wanted.epochs()).equals(wanted);
    }

    /**
     * The form's settings for the next run after opening {@code m}: its own, so that Train continues it when
     * it has epochs left; for a finished model the default epoch count, since its own (150 for the shipped
     * model) would make Train start a quarter-hour run in class.
     */
    static VaeConfig nextRun(CurrentModel m) {
        VaeConfig c = m.config();
        int done = m.history().epochCount();
        if (done == 0 || done < c.epochs()) {
            return c;
        }
        return c.withTraining(c.learningRate(), c.batchSize(), Math.min(c.epochs(), VaeConfig.DEFAULT_EPOCHS));
    }

    /** "Loaded model: 784-400-2, 150 epochs, β = 1, learning rate 0.001, batch 128". */
    static String describe(CurrentModel m) {
        VaeConfig c = m.config();
        StringBuilder s = new StringBuilder("Loaded model: ");
        if (c.architecture() != Architecture.MLP) {
            s.append(c.architecture().displayName()).append(' ');
        }
        s.append(c.imageRows() * c.imageCols());
        c.hiddenSizes().forEach(h -> s.append('-').append(h));
        s.append('-').append(c.latentSize()).append(", ");
        int done = m.history().epochCount();
        if (done == 0) {
            s.append("untrained");
        } else if (done < c.epochs()) {
            s.append(done).append(" of ").append(c.epochs()).append(" epochs");
        } else {
            s.append(done).append(done == 1 ? " epoch" : " epochs");
        }
        s.append(", \u03b2 = ").append(HyperparameterForm.number(c.beta()));
        if (c.warmupEpochs() > 0) {
            s.append(" (warm-up ").append(HyperparameterForm.number(c.warmupEpochs())).append(")");
        }
        return s.append(", learning rate ").append(HyperparameterForm.number(c.learningRate()))
                .append(", batch ").append(c.batchSize()).toString();
    }
}
