package org.vaeexplorer.evaluation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.model.Evaluation;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.store.ModelStore;

import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation's figures on real data point the way the theory says: on MNIST the shipped 20-D VAE models
 * the test digits better and generates more digit-like samples than the 2-D one; the importance-weighted bound
 * lies above the ELBO; samples are blurrier than real digits. On the first 1,000 test digits, with fewer draws
 * than the reported figures, to stay quick.
 */
class ShippedModelsDirectionTest {

    private static final FullEvaluation.Settings QUICK = new FullEvaluation.Settings(20, 2000, 1);
    private static ImageSet test;
    private static Vae latent2;
    private static Vae latent20;
    private static FullEvaluation of2;
    private static FullEvaluation of20;

    @BeforeAll
    static void evaluateBoth() throws Exception {
        Dataset mnist = DatasetLoader.loadBundledMnist();
        test = mnist.test().head(1000);
        DigitClassifier classifier = DigitClassifier.load(Path.of("models", "mnist-classifier.zip"));
        latent2 = ModelStore.load(Path.of("models", "mnist-latent2.zip")).toVae();
        latent20 = ModelStore.load(Path.of("models", "mnist-latent20.zip")).toVae();
        FullEvaluation.Listener quiet = (stage, done, total) -> { };
        of2 = FullEvaluator.evaluate(latent2, test, classifier, QUICK, quiet);
        of20 = FullEvaluator.evaluate(latent20, test, classifier, QUICK, quiet);
    }

    @Test
    void theImportanceWeightedBoundLiesAboveTheElbo() {
        assertThat(of2.iwaeLogLikelihood()).isGreaterThan(-Evaluation.meanLoss(latent2, test, 1).negElbo());
        assertThat(of20.iwaeLogLikelihood()).isGreaterThan(-Evaluation.meanLoss(latent20, test, 1).negElbo());
    }

    @Test
    void moreLatentDimensionsModelTheTestDigitsBetter() {
        assertThat(of20.iwaeLogLikelihood()).isGreaterThan(of2.iwaeLogLikelihood() + 20);
    }

    @Test
    void moreLatentDimensionsGenerateSamplesCloserToRealDigits() {
        assertThat(of20.frechetDistance()).isLessThan(of2.frechetDistance());
        assertThat(of20.sampleSharpness()).isGreaterThan(of2.sampleSharpness());
    }

    @Test
    void samplesAreBlurrierThanTheDigitsTheyImitate() {
        assertThat(of2.sampleSharpness()).isLessThan(of2.testSharpness());
        assertThat(of20.sampleSharpness()).isLessThan(of20.testSharpness());
    }

    @Test
    void everyDigitIsGeneratedAndTheClassifierMostlyRecognisesThem() {
        for (FullEvaluation e : new FullEvaluation[] {of2, of20}) {
            assertThat(Arrays.stream(e.classHistogram()).min().orElseThrow()).isGreaterThan(0.02);
            assertThat(e.classifierConfidence()).isGreaterThan(0.6);
        }
    }

    @Test
    void the2dModelUsesBothDimensionsAndThe20dModelMoreThanTwo() {
        assertThat(of2.activeUnits()).isEqualTo(2);
        assertThat(of20.activeUnits()).isGreaterThan(2);
    }
}
