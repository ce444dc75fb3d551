package org.vaeexplorer.ui.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;
import org.vaeexplorer.ui.training.BetaPreset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The lesson's steps, moving through them, and what each asks of the window, without a window. */
class LessonViewModelTest {

    /** The window's tabs, by the ids ExplorerApp and TeachingToolsView give them. */
    private static final Set<String> TABS = Set.of("lossTab", "samplesTab", "runsTab", "evaluateTab", "drawTab",
            "interpolateTab", "repairTab", "dimensionsTab", "anomalyTab", "networkTab");
    private static final Pattern ENGLISH_SENTENCE_END = Pattern.compile("[.?!](?=\\s+\\P{Ll}|$)");
    private static final Pattern CHINESE_SENTENCE_END = Pattern.compile("[\u3002\uff1f\uff01]");

    /** Writes down what the lesson asks; a model arrives at once unless {@link #holdModels} says otherwise. */
    private static final class RecordingWindow implements LessonWindow {
        final List<String> asked = new ArrayList<>();
        final List<Runnable> loading = new ArrayList<>();
        boolean holdModels;

        @Override
        public void openShippedModel(String fileName, Runnable then) {
            asked.add("open " + fileName);
            if (holdModels) {
                loading.add(then);
            } else {
                then.run();
            }
        }

        @Override
        public void selectTab(String tabId) {
            asked.add("tab " + tabId);
        }

        @Override
        public void applyPreset(String presetName) {
            asked.add("preset " + presetName);
        }

        @Override
        public void showManifold(boolean visible) {
            asked.add("manifold " + visible);
        }
    }

    private final RecordingWindow window = new RecordingWindow();
    private final LessonViewModel lesson = new LessonViewModel(window);

    @Test
    void opensOnTheFirstStepWithTheTwoDimensionalModelItsMapAndInterpolation() {
        assertThat(lesson.shownProperty().get()).isFalse();
        lesson.open();

        assertThat(lesson.shownProperty().get()).isTrue();
        assertThat(lesson.indexProperty().get()).isZero();
        assertThat(lesson.stepBinding().get()).isEqualTo(LessonStep.AUTOENCODER);
        assertThat(window.asked).containsExactly("tab interpolateTab", "open mnist-latent2.zip", "manifold true");
    }

    @Test
    void nextAndBackGoOneStepAtATimeAndStopAtTheEnds() {
        lesson.open();
        assertThat(lesson.firstBinding().get()).isTrue();
        lesson.back();
        assertThat(lesson.indexProperty().get()).isZero();

        for (int i = 0; i < 12; i++) {
            lesson.next();
        }
        assertThat(lesson.stepCount()).isEqualTo(8);
        assertThat(lesson.indexProperty().get()).isEqualTo(7);
        assertThat(lesson.lastBinding().get()).isTrue();
        assertThat(lesson.stepBinding().get()).isEqualTo(LessonStep.USES);
        // One set-up on opening, one for each of the seven steps after it: none for the presses past the end.
        assertThat(window.asked.stream().filter(a -> a.startsWith("tab ")).count()).isEqualTo(8);

        lesson.back();
        assertThat(lesson.stepBinding().get()).isEqualTo(LessonStep.EVALUATION);
        assertThat(lesson.lastBinding().get()).isFalse();
    }

    @Test
    void whileClosedTheKeysNeitherMoveNorTouchTheWindowAndReopeningShowsTheSameStep() {
        lesson.open();
        lesson.next();
        lesson.next();
        lesson.close();
        window.asked.clear();

        lesson.next();
        lesson.back();
        assertThat(lesson.indexProperty().get()).isEqualTo(2);
        assertThat(window.asked).isEmpty();

        lesson.toggle();
        assertThat(lesson.shownProperty().get()).isTrue();
        assertThat(window.asked).containsExactly("tab lossTab", "open mnist-latent2.zip", "preset STANDARD", "manifold false");
        lesson.toggle();
        assertThat(lesson.shownProperty().get()).isFalse();
    }

    @Test
    void theLatentSizeStepOpensTheTwentyDimensionalModelAndItsSliders() {
        showStep(LessonStep.LATENT_SIZE);

        assertThat(window.asked).containsExactly("tab dimensionsTab", "open mnist-latent20.zip", "manifold false");
    }

    @Test
    void theBetaStepPutsTheCollapsePresetInTheFormBesideTheRuns() {
        showStep(LessonStep.BETA);

        assertThat(window.asked).containsExactly("tab runsTab", "open mnist-latent2.zip", "preset COLLAPSE", "manifold false");
    }

    @Test
    void theBlurStepShowsTheConvolutionalModelsMapAndItsSnapshots() {
        showStep(LessonStep.BLUR);

        assertThat(window.asked).containsExactly("tab samplesTab", "open mnist-conv-latent2.zip", "manifold true");
    }

    @ParameterizedTest
    @EnumSource(LessonStep.class)
    void eachStepAsksTheWindowForWhatItSaysAndForNothingElse(LessonStep step) {
        showStep(step);

        List<String> expected = new ArrayList<>(List.of("tab " + step.tab(), "open " + step.model()));
        if (step.preset() != null) {
            expected.add("preset " + step.preset());
        }
        expected.add("manifold " + step.manifold());
        assertThat(window.asked).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(LessonStep.class)
    void eachStepNamesAShippedModelAPresetThatExistsAndATabOfTheWindow(LessonStep step) {
        assertThat(Path.of("models", step.model())).as("shipped model of " + step).exists();
        assertThat(TABS).contains(step.tab());
        if (step.preset() != null) {
            assertThatCode(() -> BetaPreset.valueOf(step.preset())).doesNotThrowAnyException();
        }
    }

    @Test
    void aModelArrivingAfterTheLessonMovedOnDoesNotSetUpTheStepItWasFor() {
        window.holdModels = true;
        showStep(LessonStep.TRAINING);
        Runnable trainingsModel = window.loading.get(0);
        lesson.next(); // the latent size, while the training step's model still loads
        window.asked.clear();

        trainingsModel.run();
        assertThat(window.asked).as("the training step's preset is not applied over the latent size step").isEmpty();

        window.loading.get(1).run();
        assertThat(window.asked).containsExactly("manifold false");
    }

    @Test
    void closingTheLessonWhileItsModelLoadsLeavesTheFormAlone() {
        window.holdModels = true;
        showStep(LessonStep.BETA);
        lesson.close();
        window.asked.clear();

        window.loading.get(0).run();
        assertThat(window.asked).isEmpty();
    }

    @Test
    void thereAreEightStepsInTheTutorialsOrder() {
        assertThat(LessonStep.values()).containsExactly(LessonStep.AUTOENCODER, LessonStep.LOSSES, LessonStep.TRAINING,
                LessonStep.LATENT_SIZE, LessonStep.BETA, LessonStep.BLUR, LessonStep.EVALUATION, LessonStep.USES);
    }

    @ParameterizedTest
    @EnumSource(LessonStep.class)
    void inBothLanguagesEveryStepHasATitleAndTwoOrThreeSentences(LessonStep step) {
        for (Language language : Language.values()) {
            String title = I18n.text(language, step.titleKey());
            String text = I18n.text(language, step.textKey());
            assertThat(title).as(language + " title of " + step).isNotBlank().isNotEqualTo(step.titleKey());
            assertThat(text).as(language + " text of " + step).isNotBlank().isNotEqualTo(step.textKey());
            Pattern ends = language == Language.ENGLISH ? ENGLISH_SENTENCE_END : CHINESE_SENTENCE_END;
            assertThat(ends.matcher(text).results().count()).as(language + " sentences of " + step + ": " + text)
                    .isBetween(2L, 3L);
        }
        assertThat(I18n.text(Language.SIMPLIFIED_CHINESE, step.textKey()))
                .isNotEqualTo(I18n.text(Language.ENGLISH, step.textKey()));
    }

    @Test
    void thePanelsOwnWordsExistInBothLanguages() {
        for (Language language : Language.values()) {
            for (String key : List.of("lesson.title", "lesson.next", "lesson.back", "lesson.close", "lesson.setUp",
                    "menu.help", "menu.help.lesson")) {
                assertThat(I18n.text(language, key)).as(language + " " + key).isNotEqualTo(key);
            }
            assertThat(I18n.text(language, "lesson.stepOf", 3, 8)).contains("3").contains("8");
        }
    }

    /** Opens the lesson and moves to {@code step} by Next, forgetting what the steps before it asked. */
    private void showStep(LessonStep step) {
        lesson.open();
        for (int presses = 0; lesson.stepBinding().get() != step; presses++) {
            if (presses == LessonStep.values().length) {
                throw new AssertionError("Next never reached " + step);
            }
            window.asked.clear();
            window.loading.clear();
            lesson.next();
        }
    }
}
