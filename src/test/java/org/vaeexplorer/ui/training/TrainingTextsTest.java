package org.vaeexplorer.ui.training;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.vaeexplorer.testing.OnFxThread;
import org.vaeexplorer.train.TrainingOutcome;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training column's messages in both languages: the form's own, following a change of language at once, and
 * the trainer's endings told in the window's language from their figures (a failure in the error's own words). On the
 * FX thread: the language is the whole JVM's, and the windows of other tests listen to it there.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingTextsTest {

    @AfterEach
    void english() throws Exception {
        OnFxThread.run(() -> I18n.use(Language.ENGLISH));
    }

    @Test
    void theFormSaysWhatIsWrongInTheLanguageChosenAndSaysItAgainWhenTheLanguageChanges() throws Exception {
        OnFxThread.run(TrainingTextsTest::formMessages);
    }

    @Test
    void theTrainersEndingsAreToldFromTheirFiguresAndAFailureInItsOwnWords() throws Exception {
        OnFxThread.run(TrainingTextsTest::outcomes);
    }


    private static void formMessages() {
        HyperparameterForm form = new HyperparameterForm();
        form.latentSizeProperty().set("two");
        assertThat(form.validationMessageProperty().get()).isEqualTo("Latent size: 'two' is not a whole number");

        I18n.use(Language.SIMPLIFIED_CHINESE);

        assertThat(form.validationMessageProperty().get()).isEqualTo("\u6f5c\u5728\u7ef4\u6570\uff1a\u201ctwo\u201d\u4e0d\u662f\u6574\u6570");
        form.latentSizeProperty().set("2");
        form.warmupEpochsProperty().set("20");
        assertThat(form.warningProperty().get()).startsWith("KL \u9884\u70ed\uff0820 \u8f6e\uff09").contains("\u03b2 \u8fbe\u4e0d\u5230 1");
    }

    private static void outcomes() {
        // as TrainingLoop ends a run: its English sentence for the command line, and the same in figures
        TrainingOutcome stopped = new TrainingOutcome(TrainingOutcome.Status.STOPPED, "stopped at epoch 3, minibatch 17", null,
                new TrainingOutcome.Ending.Stopped(3, 17));
        TrainingOutcome diverged = new TrainingOutcome(TrainingOutcome.Status.DIVERGED, "training diverged at iteration 812"
                + " (the loss became NaN); the parameters of iteration 800 were kept. Try a smaller learning rate (now 0.5).", null,
                new TrainingOutcome.Ending.LossNotFinite(812, true, 800, 0.5));
        TrainingOutcome failed = new TrainingOutcome(TrainingOutcome.Status.FAILED, "training failed: out of memory", null);
        assertThat(RunReadout.outcomeText(stopped)).isEqualTo("Stopped: stopped at epoch 3, minibatch 17. Train continues from here.");
        assertThat(RunReadout.outcomeText(diverged)).isEqualTo("Training diverged at iteration 812 (the loss became NaN);"
                + " the parameters of iteration 800 were kept. Try a smaller learning rate (now 0.5).");

        I18n.use(Language.SIMPLIFIED_CHINESE);

        assertThat(RunReadout.outcomeText(stopped)).startsWith("\u5df2\u505c\u6b62\uff1a\u505c\u5728\u7b2c 3 \u8f6e\u7b2c 17 \u4e2a\u5c0f\u6279\u91cf");
        assertThat(RunReadout.outcomeText(diverged)).contains("\u7b2c 812 \u6b21\u8fed\u4ee3", "NaN", "\u7b2c 800 \u6b21", "0.5")
                .doesNotContain("diverged");
        assertThat(RunReadout.outcomeText(failed)).endsWith("training failed: out of memory"); // the error's own words
    }
}
