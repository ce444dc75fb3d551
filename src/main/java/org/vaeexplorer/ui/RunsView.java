package org.vaeexplorer.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
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
import org.vaeexplorer.model.EpochRecord;

import java.util.Locale;
import java.util.function.Function;

/**
 * The Runs tab: every training run kept in the runs folder with its settings and final test losses.
 * A tick overlays a run on the loss charts; "Make current" loads its model.
 */
public final class RunsView extends VBox {

    private Runnable onShowCurves = () -> { };

    public RunsView(RunsViewModel viewModel) {
        super(6);
        setId("runsPanel");
        getStyleClass().add("panel");

        TableView<RunsViewModel.RunEntry> table = new TableView<>(viewModel.runs());
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
        table.getColumns().add(text("Started", RunsViewModel.RunEntry::started, 140));
        table.getColumns().add(text("Settings", RunsViewModel.RunEntry::settings, 400));
        table.getColumns().add(text("Epochs", RunsViewModel.RunEntry::epochs, 70));
        table.getColumns().add(text("Test \u2212ELBO", e -> loss(e.last(), r -> r.test().negElbo()), 100));
        table.getColumns().add(text("Recon", e -> loss(e.last(), r -> r.test().reconstruction()), 80));
        table.getColumns().add(text("KL", e -> loss(e.last(), r -> r.test().kl()), 70));

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
        hint.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, makeCurrent, curves, untick, spacer, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, table);
    }

    /** What "Show curves" does: the window switches to the loss-curves tab. */
    public void setOnShowCurves(Runnable action) {
        onShowCurves = action;
    }

    private static TableColumn<RunsViewModel.RunEntry, String> text(String title,
            Function<RunsViewModel.RunEntry, String> value, double width) {
        TableColumn<RunsViewModel.RunEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    private static String loss(EpochRecord last, java.util.function.ToDoubleFunction<EpochRecord> part) {
        return last == null ? "\u2014" : String.format(Locale.ROOT, "%.1f", part.applyAsDouble(last));
    }
}
