package org.vaeexplorer.ui.app;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.fx.HelpLine;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.plane.DecodedDigitView;
import org.vaeexplorer.ui.plane.LatentPlaneView;
import org.vaeexplorer.ui.plane.ReconstructionView;

/** The band above the tabs: the latent plane, the decoded digit and the reconstructions, under one help line. */
final class PlaneBand extends VBox {

    PlaneBand(LatentPlaneView plane, DecodedDigitView digit, ReconstructionView reconstructions) {
        super(2);
        HBox panels = new HBox(10, plane, digit, reconstructions);
        HBox.setHgrow(plane, Priority.ALWAYS);
        // One help line for the band's three panels: a line in each of the two narrow ones took several lines
        // and cost the charts their least height on a projector.
        Label help = HelpLine.of("");
        help.setId("bandHelp");
        help.textProperty().bind(Bindings.concat(plane.helpLine().textProperty(), I18n.bind("band.help")));
        getChildren().addAll(help, panels);
        VBox.setVgrow(panels, Priority.ALWAYS);
        getStyleClass().add("band");
    }
}
