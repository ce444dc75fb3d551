package org.vaeexplorer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.fault.Explained;
import org.vaeexplorer.testing.SyntheticImages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The classifier on 20x20 synthetic digits: each class a prototype, so a few epochs learn them. */
class DigitClassifierTest {

    private static final int SIDE = 20;

    @TempDir
    Path dir;

    @Test
    void learnsSyntheticDigitsAndSurvivesASaveAndLoad() throws IOException {
        Dataset data = SyntheticImages.dataset(500, 200, SIDE, SIDE);
        DigitClassifier classifier = DigitClassifier.create(SIDE, SIDE, 1);
        double before = classifier.accuracy(data.test());
        int[] epochsDone = new int[1];

        classifier.train(data.train(), 3, 32, 1, new DigitClassifier.TrainingListener() {
            @Override
            public void minibatchDone(int epoch, int batch, int batchesPerEpoch, double loss) {
            }

            @Override
            public void epochDone(int epoch) {
                epochsDone[0]++;
            }
        });

        assertThat(epochsDone[0]).isEqualTo(3);
        assertThat(before).isLessThan(0.5);
        assertThat(classifier.accuracy(data.test())).isGreaterThan(0.95);

        Path file = dir.resolve("classifier.zip");
        classifier.save(file);
        DigitClassifier loaded = DigitClassifier.load(file);
        float[] images = data.test().scaledImages(new int[] {0, 1, 2});
        assertThat(loaded.rows()).isEqualTo(SIDE);
        DigitClassifier.Judgement original = classifier.judge(images, 3);
        DigitClassifier.Judgement reloaded = loaded.judge(images, 3);
        assertThat(reloaded.features()).isDeepEqualTo(original.features());
        assertThat(reloaded.features()[0]).hasSize(DigitClassifier.FEATURES);
        assertThat(reloaded.classProbabilities()).isDeepEqualTo(original.classProbabilities());
        assertThat(reloaded.classProbabilities()[0]).hasSize(10);
    }

    @Test
    void aFileThatIsNoClassifierIsAnIoError() throws IOException {
        Path junk = Files.write(dir.resolve("junk.zip"), new byte[] {'P', 'K', 3, 4, 9, 9});

        assertThatThrownBy(() -> DigitClassifier.load(junk)).isInstanceOf(IOException.class);
    }

    @Test
    void aFileThatHoldsNoClassifierIsRefusedNamingItInBothLanguages() throws IOException {
        Path damaged = Files.writeString(dir.resolve("damaged.zip"), "not a zip");
        Path missing = dir.resolve("missing.zip");

        assertThatThrownBy(() -> DigitClassifier.load(damaged))
                .hasMessageStartingWith(damaged + ": not a classifier file (")
                .satisfies(e -> assertThat(((Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE))
                        .startsWith(damaged + "：不是分类器文件（"));
        assertThatThrownBy(() -> DigitClassifier.load(missing))
                .hasMessage(missing + ": no such file")
                .satisfies(e -> assertThat(((Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE)).startsWith(missing + "："));
    }
}
