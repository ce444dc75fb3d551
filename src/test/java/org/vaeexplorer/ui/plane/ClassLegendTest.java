package org.vaeexplorer.ui.plane;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.data.ClassNames;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The plane's legend: class names where they fit, class numbers (names in the tooltips) where they do not. */
@ExtendWith(ApplicationExtension.class)
class ClassLegendTest {

    private ClassLegend legend;

    @Start
    void start(Stage stage) {
        legend = new ClassLegend(10);
        legend.setNames(ClassNames.FASHION);
        stage.setScene(new Scene(new Pane(legend), 600, 300));
        stage.show();
    }

    @Test
    void showsTheNamesWhereTheyFit() throws Exception {
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> {
            legend.fitTo(legend.namedWidth());
            return texts();
        }).get();

        assertThat(shown).isEqualTo(ClassNames.FASHION.names());
    }

    @Test
    void showsTheNumbersWhereTheNamesDoNotFitAndKeepsTheNamesInTooltips() throws Exception {
        double[] widths = WaitForAsyncUtils.asyncFx(() -> {
            double named = legend.namedWidth();
            legend.fitTo(named - 1);
            return new double[] {named, legend.prefWidth(-1)};
        }).get();
        List<String> shown = WaitForAsyncUtils.asyncFx(this::texts).get();
        List<String> tips = WaitForAsyncUtils.asyncFx(() -> legend.getChildrenUnmodifiable().stream()
                .map(n -> ((Tooltip) n.getProperties().get("javafx.scene.control.Tooltip")).getText()).toList()).get();

        assertThat(shown).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(tips).isEqualTo(ClassNames.FASHION.names());
        assertThat(widths[1]).as("width with numbers").isLessThan(widths[0] / 2);
    }

    private List<String> texts() {
        return legend.getChildrenUnmodifiable().stream().map(n -> ((Label) n).getText()).toList();
    }
}
