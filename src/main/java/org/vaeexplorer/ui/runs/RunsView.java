package org.vaeexplorer.ui.runs;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vaeexplorer.ui.fx.Theme;

import java.util.function.Function;

/**
 * The Runs tab: every training run kept in the runs folder with its settings and final test losses.
 * A tick overlays a run on the loss charts; "Make current" loads its model.
 */
public final class RunsView extends VBox {

    private Runnable onShowCurves = () -> { };
    private final RunsViewModel viewModel;
    private final TableView<RunsViewModel.RunEntry> table;

    public RunsView(RunsViewModel viewModel) {
        super(6);
        setId("runsPanel");
        getStyleClass().add("panel");

        this.viewModel = viewModel;
        table = new TableView<>(viewModel.runs());
        table.setId("runsTable");
        table.setEditable(true);
        table.setPlaceholder(new Label("No runs yet: every training run is kept here when it ends."));
        VBox.setVgrow(table, Priority.ALWAYS);

        TableColumn<RunsViewModel.RunEntry, Boolean> show = new TableColumn<>("Show");
        show.setCellValueFactory(c -> c.getValue().tickedProperty());
        show.setCellFactory(CheckBoxTableCell.forTableColumn(show));
        show.setEditable(true);
        show.setPrefWidth(60);
        table.getColumns().add(show);
        table.getColumns().add(text("Started", e -> new ReadOnlyStringWrapper(e.started()), 140));
        table.getColumns().add(text("Settings", RunsViewModel.RunEntry::settingsProperty, 400));
        table.getColumns().add(text("Epochs", RunsViewModel.RunEntry::epochsProperty, 70));
        table.getColumns().add(text("Test \u2212ELBO", RunsViewModel.RunEntry::negElboProperty, 100));
        table.getColumns().add(text("Recon", RunsViewModel.RunEntry::reconstructionProperty, 80));
        table.getColumns().add(text("KL", RunsViewModel.RunEntry::klProperty, 70));

        Button makeCurrent = new Button("Make current");
        makeCurrent.setId("makeCurrentButton");
        makeCurrent.setTooltip(Theme.tooltip("Load the selected run's model: the plane, samples and charts show it, and Train continues it."));
        makeCurrent.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.canOpenBinding().not()));
        makeCurrent.setOnAction(e -> viewModel.makeCurrent(table.getSelectionModel().getSelectedItem()));

        Button curves = new Button("Show curves");
        curves.setId("showCurvesButton");
        curves.setTooltip(Theme.tooltip("Go to the loss curves, where the ticked runs are drawn in their colours"));
        curves.setOnAction(e -> onShowCurves.run());

        Button untick = new Button("Untick all");
        untick.setOnAction(e -> viewModel.untickAll());

        Label hint = new Label("Tick runs to compare their loss curves. Kept in " + viewModel.folder());
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        // The hint goes under the buttons and wraps rather than being cut.
        HBox buttons = new HBox(8, makeCurrent, curves, untick);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : new Button[] {makeCurrent, curves, untick}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox bar = new VBox(6, buttons, hint);
        getChildren().addAll(bar, table);
    }

    /**
     * The table holds the runs only while {@code shown} (its tab is selected). A table on a hidden tab still
     * builds and styles a row's cells when a run is added, which held the FX thread for 100-150 ms at a
     * training run's first checkpoint; a table with no rows has nothing to build.
     */
    public void listRunsWhile(ObservableBooleanValue shown) {
        InvalidationListener follow = o -> table.setItems(shown.get() ? viewModel.runs()
                : FXCollections.observableArrayList());
        shown.addListener(follow);
        follow.invalidated(shown);
    }

    /** What "Show curves" does: the window switches to the loss-curves tab. */
    public void setOnShowCurves(Runnable action) {
        onShowCurves = action;
    }

    /** A text column showing one of the row's properties, so a checkpoint changes the cell's text in place. */
    private static TableColumn<RunsViewModel.RunEntry, String> text(String title,
            Function<RunsViewModel.RunEntry, ObservableValue<String>> value, double width) {
        TableColumn<RunsViewModel.RunEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }
}
