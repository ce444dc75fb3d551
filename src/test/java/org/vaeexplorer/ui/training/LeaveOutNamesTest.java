package org.vaeexplorer.ui.training;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ChoiceBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.testing.OnFxThread;
import org.vaeexplorer.testing.TestModels;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;
import org.vaeexplorer.ui.session.CurrentModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Leave out choice, and the loaded model's line, name a class as the plane's legend does: "The 3s" for digits,
 * "Trouser" for Fashion-MNIST, "class 3" for other data, in the window's language, following the open data.
 */
@ExtendWith(ApplicationExtension.class)
class LeaveOutNamesTest {

    private static final Dataset TINY = TestModels.tinyData();

    private final SimpleObjectProperty<Dataset> data = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<CurrentModel> model = new SimpleObjectProperty<>();

    @AfterEach
    void english() throws Exception {
        OnFxThread.run(() -> I18n.use(Language.ENGLISH));
    }

    @Test
    void theChoiceNamesTheClassesOfTheOpenData() throws Exception {
        OnFxThread.run(() -> {
            TrainingViewModel vm = new TrainingViewModel(data, model, new SimpleBooleanProperty(), c -> { }, started -> { });
            ChoiceBox<Integer> choice = leaveOutChoice(new TrainingControlsView(vm));
            data.set(named("mnist"));
            assertThat(name(choice, 3)).isEqualTo("The 3s");
            assertThat(name(choice, -1)).isEqualTo("None");

            data.set(named("fashion-mnist"));
            assertThat(name(choice, 1)).isEqualTo("Trouser");

            data.set(named("letters"));
            assertThat(name(choice, 3)).isEqualTo("class 3");

            I18n.use(Language.SIMPLIFIED_CHINESE);
            assertThat(name(choice, 3)).isEqualTo("类别 3");
            data.set(named("fashion-mnist"));
            assertThat(name(choice, 1)).isEqualTo("裤子");
            data.set(named("mnist"));
            assertThat(name(choice, 3)).isEqualTo("数字 3");
        });
    }

    @Test
    void theLoadedModelsLineNamesTheClassItLeftOut() throws Exception {
        OnFxThread.run(() -> {
            TrainingViewModel vm = new TrainingViewModel(data, model, new SimpleBooleanProperty(), c -> { }, started -> { });
            data.set(named("mnist"));
            model.set(new CurrentModel(new ModelFile(TestModels.tinyConfig(2, 1).withExcludedDigit(1), null, null,
                    TrainingHistory.EMPTY), "without1.zip", null));
            assertThat(vm.loadedModelProperty().get()).endsWith(", without the 1s");

            data.set(named("fashion-mnist"));
            assertThat(vm.loadedModelProperty().get()).endsWith(", without Trouser");

            I18n.use(Language.SIMPLIFIED_CHINESE);
            assertThat(vm.loadedModelProperty().get()).endsWith("，不含裤子");
            data.set(named("letters"));
            assertThat(vm.loadedModelProperty().get()).endsWith("，不含类别 1");
        });
    }

    /** The tiny data under a folder name that says what its labels mean. */
    private static Dataset named(String name) {
        return new Dataset(name, TINY.train(), TINY.test());
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<Integer> leaveOutChoice(TrainingControlsView view) {
        return (ChoiceBox<Integer>) view.lookup("#leaveOutChoice");
    }

    /** The item as the box shows it. */
    private static String name(ChoiceBox<Integer> choice, int c) {
        return choice.getConverter().toString(c);
    }
}
