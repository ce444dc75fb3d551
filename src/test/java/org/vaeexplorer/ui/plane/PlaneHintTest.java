package org.vaeexplorer.ui.plane;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.testing.SynchronousBackgroundExecutor;
import org.vaeexplorer.testing.TestModels;

import static org.assertj.core.api.Assertions.assertThat;

/** The plot's "drag the cross" hint: shown where it leaves the data room, not in a plot too narrow for it. */
@ExtendWith(ApplicationExtension.class)
class PlaneHintTest {

    private static ModelFile tiny;
    private LatentPlaneViewModel vm;
    private LatentPlot plot;
    private StackPane holder;

    @BeforeAll
    static void tinyModel() throws InterruptedException {
        tiny = TestModels.trainedModel(TestModels.tinyData(), 2, 1);
    }

    @Start
    void start(Stage stage) {
        vm = new LatentPlaneViewModel(new SynchronousBackgroundExecutor());
        vm.setModel(ModelParams.frozen(tiny.config(), tiny.params()));
        plot = new LatentPlot(vm);
        holder = new StackPane(plot);
        stage.setScene(new Scene(holder, 500, 400));
        stage.show();
    }

    private void plotWidth(double width) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            plot.setMaxWidth(width);
            holder.applyCss();
            holder.layout();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theHintShowsInAWidePlotAndMakesWayInANarrowOne() throws Exception {
        Node hint = plot.lookup("#planeHint");

        plotWidth(480);
        assertThat(hint.isVisible()).as("in a plot of 480 pixels").isTrue();
        double hintWidth = hint.getLayoutBounds().getWidth();
        assertThat(hintWidth).isPositive();

        plotWidth(PlaneAxes.LEFT + PlaneAxes.RIGHT + hintWidth * 1.5);
        assertThat(plot.getWidth()).isLessThan(300);
        assertThat(hint.isVisible()).as("in a plot of %.0f pixels", plot.getWidth()).isFalse();

        plotWidth(480);
        assertThat(hint.isVisible()).as("wide again").isTrue();
    }
}
