package org.vaeexplorer.ui.runs;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Theme;

import java.util.List;
import java.util.function.Function;

/**
 * The Runs tab: every training run kept in the runs folder with its settings and final test losses.
 * A tick overlays a run on the loss charts; "Make current" loads its model.
 */
public final class RunsView extends VBox {

    private Runnable onShowCurves = () -> { };
    private final RunsViewModel viewModel;
    private final TableView<RunEntry> table;

    public RunsView(RunsViewModel viewModel) {
        super(6);
        setId("runsPanel");
        getStyleClass().add("panel");

        this.viewModel = viewModel;
        table = new TableView<>(viewModel.runs());
        table.setId("runsTable");
        table.setEditable(true);
        Label empty = new Label();
        empty.textProperty().bind(I18n.bind("runs.empty"));
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);

        TableColumn<RunEntry, Boolean> show = new TableColumn<>();
        show.setGraphic(header("runs.column.show"));
        show.setCellValueFactory(c -> c.getValue().tickedProperty());
        show.setCellFactory(CheckBoxTableCell.forTableColumn(show));
        show.setEditable(true);
        show.setPrefWidth(60);
        table.getColumns().add(show);
        // Started and Networks are written anew in the language chosen; the others are the row's own texts.
        table.getColumns().add(text("runs.column.started", e -> I18n.bind(e::started)));
        table.getColumns().add(text("runs.column.data", RunEntry::datasetProperty));
        table.getColumns().add(text("runs.column.leftOut", RunEntry::leftOutProperty));
        table.getColumns().add(text("runs.column.networks", e -> I18n.bind(e::networks)));
        table.getColumns().add(text("runs.column.settings", RunEntry::settingsProperty));
        table.getColumns().add(text("runs.column.epochs", RunEntry::epochsProperty));
        table.getColumns().add(text("runs.column.negElbo", RunEntry::negElboProperty));
        table.getColumns().add(text("runs.column.reconstruction", RunEntry::reconstructionProperty));
        table.getColumns().add(text("runs.column.kl", RunEntry::klProperty));
        List<TableColumn<RunEntry, String>> evaluationColumns = List.of(
                text("runs.column.iwae", RunEntry::iwaeProperty),
                text("runs.column.confidence", RunEntry::confidenceProperty),
                text("runs.column.frechet", RunEntry::frechetProperty),
                text("runs.column.sharpness", RunEntry::sharpnessProperty),
                text("runs.column.active", RunEntry::activeUnitsProperty),
                text("runs.column.holes", RunEntry::holesProperty));
        // Each column as wide as its widest text, so nothing reads "hidden=\u2026": on a new row, a checkpoint's
        // new numbers, and a font change (presenter mode) that changes the table's width.
        InvalidationListener refit = o -> fitColumns();
        viewModel.runs().addListener((javafx.collections.ListChangeListener<RunEntry>) c -> {
            while (c.next()) {
                for (RunEntry e : c.getAddedSubList()) {
                    for (ObservableValue<String> v : List.of(e.settingsProperty(), e.epochsProperty(),
                            e.negElboProperty(), e.reconstructionProperty(), e.klProperty(), e.datasetProperty(), e.leftOutProperty(),
                            e.iwaeProperty(), e.confidenceProperty(), e.frechetProperty(), e.sharpnessProperty(),
                            e.activeUnitsProperty(), e.holesProperty())) {
                        v.addListener(refit);
                    }
                }
            }
            fitColumns(); // a row added while the tab shows (a run that ended) changes no property later
        });
        table.itemsProperty().addListener(refit);
        // New names and texts in another language: the columns fit them once the cells have them.
        I18n.onChange(this, () -> javafx.application.Platform.runLater(this::fitColumns));
        for (TableColumn<RunEntry, ?> column : table.getColumns()) {
            ((Label) column.getGraphic()).fontProperty().addListener(refit); // CSS applied, presenter mode
        }
        for (TableColumn<RunEntry, ?> column : evaluationColumns) {
            ((Label) column.getGraphic()).fontProperty().addListener(refit);
        }
        // The evaluation's figures, side by side for the kept runs, on request: the table stays narrow otherwise.
        CheckBox evaluated = new CheckBox();
        evaluated.textProperty().bind(I18n.bind("runs.evaluationColumns"));
        evaluated.setId("evaluationColumnsBox");
        evaluated.setMinWidth(Region.USE_PREF_SIZE);
        evaluated.setTooltip(Theme.tooltip(I18n.bind("runs.evaluationColumns.help")));
        evaluated.selectedProperty().addListener((obs, old, now) -> {
            table.getColumns().removeAll(evaluationColumns);
            if (now) {
                table.getColumns().addAll(evaluationColumns);
                fitColumns();
            }
        });

        Button makeCurrent = new Button();
        makeCurrent.textProperty().bind(I18n.bind("runs.makeCurrent"));
        makeCurrent.setId("makeCurrentButton");
        makeCurrent.setTooltip(Theme.tooltip(I18n.bind("runs.makeCurrent.help")));
        makeCurrent.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.canOpenBinding().not()));
        makeCurrent.setOnAction(e -> viewModel.makeCurrent(table.getSelectionModel().getSelectedItem()));

        Button curves = new Button();
        curves.textProperty().bind(I18n.bind("runs.showCurves"));
        curves.setId("showCurvesButton");
        curves.setTooltip(Theme.tooltip(I18n.bind("runs.showCurves.help")));
        curves.setOnAction(e -> onShowCurves.run());

        Button untick = new Button();
        untick.setId("untickAllButton");
        untick.textProperty().bind(I18n.bind("runs.untickAll"));
        untick.setOnAction(e -> viewModel.untickAll());

        Label hint = new Label();
        hint.textProperty().bind(I18n.bind(() -> I18n.text("runs.hint", viewModel.folder())));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        // The hint goes under the buttons and wraps rather than being cut.
        HBox buttons = new HBox(8, makeCurrent, curves, untick);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : new Button[] {makeCurrent, curves, untick}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox bar = new VBox(6, buttons, evaluated, hint); // the box on a row of its own: presenter mode at 1024 wide
        getChildren().addAll(bar, table);
    }

    /**
     * The table holds the runs only while {@code shown} (its tab is selected). A table on a hidden tab still
     * builds and styles a row's cells when a run is added, which held the FX thread for several frames at a
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
    private TableColumn<RunEntry, String> text(String key, Function<RunEntry, ObservableValue<String>> value) {
        TableColumn<RunEntry, String> column = new TableColumn<>();
        column.setGraphic(header(key));
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setEditable(false);
        return column;
    }

    /** A column's name ({@code key}), with what it means in a tooltip ({@code key}.help). */
    private static Label header(String key) {
        Label header = new Label();
        header.textProperty().bind(I18n.bind(key));
        header.setMinWidth(Region.USE_PREF_SIZE);
        header.setTooltip(Theme.tooltip(I18n.bind(key + ".help")));
        return header;
    }

    /** Widens every text column to its widest text (header or cell), measured in the table's current font. */
    private void fitColumns() {
        for (TableColumn<RunEntry, ?> column : table.getColumns()) {
            if (!(column.getGraphic() instanceof Label header)) {
                continue;
            }
            Font font = header.getFont(); // the root's type size, as the cells'
            double widest = width(header.getText(), font);
            for (RunEntry entry : table.getItems()) {
                Object cell = column.getCellData(entry);
                if (cell instanceof String) { // not the tick boxes
                    widest = Math.max(widest, width(cell.toString(), font));
                }
            }
            column.setPrefWidth(Math.ceil(widest) + CELL_PADDING);
            column.setMinWidth(column.getPrefWidth());
        }
    }

    /** A cell's left and right padding plus room for the header's sort arrow. */
    private static final double CELL_PADDING = 24;

    private static double width(String s, Font font) {
        Text text = new Text(s);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }
}
