package org.vaeexplorer.ui.runs;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Line;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.store.CurvePoint;
import org.vaeexplorer.store.EpochRecord;
import org.vaeexplorer.model.LossParts;
import org.vaeexplorer.ui.charts.LossChartFactory;
import org.vaeexplorer.ui.charts.LossChartView;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Theme;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ticked runs drawn on the three loss charts, each in its colour (training curve solid, test curve
 * dashed), under the current model's curves, with a legend naming what tells the runs apart. The
 * legend is this node, placed in the charts' own legend row; it hides while nothing is ticked.
 */
public final class RunOverlayLayer extends HBox {

    /** Dataset indices on each plot: 0 and 1 are the current model's training and test curves. */
    static final int TRAIN_DATASET = 2;
    static final int TEST_DATASET = 3;

    private final LossChartView charts;
    private final Map<LossCurves.Quantity, XYSeriesCollection> trains = new EnumMap<>(LossCurves.Quantity.class);
    private final Map<LossCurves.Quantity, XYSeriesCollection> tests = new EnumMap<>(LossCurves.Quantity.class);
    private List<RunOverlay> shown = List.of();
    private double scale = 1;

    public RunOverlayLayer(RunsViewModel viewModel, LossChartView charts) {
        super(14);
        this.charts = charts;
        setId("overlayLegend");
        getStyleClass().add("overlay-legend");
        setAlignment(Pos.CENTER_LEFT);
        for (LossCurves.Quantity q : LossCurves.Quantity.values()) {
            XYPlot plot = (XYPlot) charts.chart(q).getPlot();
            trains.put(q, new XYSeriesCollection());
            tests.put(q, new XYSeriesCollection());
            plot.setDataset(TRAIN_DATASET, trains.get(q));
            plot.setRenderer(TRAIN_DATASET, new SamplingXYLineRenderer());
            plot.setDataset(TEST_DATASET, tests.get(q));
            plot.setRenderer(TEST_DATASET, new XYLineAndShapeRenderer(true, true));
        }
        visibleProperty().bind(viewModel.overlaysProperty().isNotEqualTo(List.of()));
        managedProperty().bind(visibleProperty());
        viewModel.overlaysProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.overlaysProperty().get());
        charts.addToLegend(this);
    }

    /** Series drawn per chart, for tests: training curves of the overlaid runs. */
    public int overlaidSeries(LossCurves.Quantity quantity) {
        return trains.get(quantity).getSeriesCount();
    }

    /** Line widths and dots {@code scale} times normal (presenter mode). */
    public void setScale(double scale) {
        this.scale = scale;
        show(shown);
    }

    private void show(List<RunOverlay> overlays) {
        shown = overlays;
        for (LossCurves.Quantity q : LossCurves.Quantity.values()) {
            JFreeChart chart = charts.chart(q);
            chart.setNotify(false);
            XYPlot plot = (XYPlot) chart.getPlot();
            XYSeriesCollection train = trains.get(q);
            XYSeriesCollection test = tests.get(q);
            train.removeAllSeries();
            test.removeAllSeries();
            var trainRenderer = plot.getRenderer(TRAIN_DATASET);
            var testRenderer = (XYLineAndShapeRenderer) plot.getRenderer(TEST_DATASET);
            for (int i = 0; i < overlays.size(); i++) {
                RunOverlay o = overlays.get(i);
                train.addSeries(trainSeries(o, q));
                test.addSeries(testSeries(o, q));
                java.awt.Color colour = Theme.awt(o.colour());
                trainRenderer.setSeriesPaint(i, colour);
                trainRenderer.setSeriesStroke(i, new BasicStroke((float) (1.5 * scale)));
                testRenderer.setSeriesPaint(i, colour);
                testRenderer.setSeriesStroke(i, LossChartFactory.dashed((float) (1.5 * scale)));
                double r = 3.5 * scale;
                testRenderer.setSeriesShape(i, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
                testRenderer.setSeriesShapesVisible(i, o.history().epochCount() <= LossChartView.MAX_EPOCH_DOTS);
            }
            chart.setNotify(true);
        }
        charts.refit();
        getChildren().clear();
        if (!overlays.isEmpty()) {
            Label title = new Label();
            title.textProperty().bind(I18n.bind("runs.legend.title"));
            title.setMinWidth(Label.USE_PREF_SIZE);
            title.getStyleClass().add("legend-entry");
            getChildren().add(title);
            // The current model's curves are drawn among the runs: name them, or the class takes them for a run.
            Line train = new Line(0, 0, 14, 0);
            train.setStroke(Theme.TRAIN_COLOR);
            train.setStrokeWidth(4);
            Line test = new Line(0, 0, 14, 0);
            test.setStroke(Theme.TEST_COLOR);
            test.setStrokeWidth(4);
            Label current = new Label("", new HBox(2, train, test));
            current.textProperty().bind(I18n.bind("runs.legend.current"));
            current.setId("currentModelLegend");
            current.getStyleClass().add("legend-entry");
            current.setMinWidth(Label.USE_PREF_SIZE);
            getChildren().add(current);
        }
        for (RunOverlay o : overlays) {
            Line swatch = new Line(0, 0, 28, 0);
            swatch.setStroke(o.colour());
            swatch.setStrokeWidth(4);
            Label entry = new Label(o.legend(), swatch);
            entry.getStyleClass().add("legend-entry");
            entry.setMinWidth(Label.USE_PREF_SIZE); // the runs' names stay whole; the units line gives way
            getChildren().add(entry);
        }
    }

    /** The run's smoothed training curve, or its per-epoch means when its file kept none. */
    private static XYSeries trainSeries(RunOverlay o, LossCurves.Quantity q) {
        XYSeries s = new XYSeries(o.id() + " train", false, true);
        if (o.history().trainCurve().isEmpty()) {
            for (EpochRecord r : o.history().epochs()) {
                s.add(r.epoch(), q.of(r.train()), false);
            }
        } else {
            for (CurvePoint p : o.history().trainCurve()) {
                s.add(p.epochs(), q.of(new LossParts(p.reconstruction(), p.kl())), false);
            }
        }
        return s;
    }

    private static XYSeries testSeries(RunOverlay o, LossCurves.Quantity q) {
        XYSeries s = new XYSeries(o.id() + " test", false, true);
        for (EpochRecord r : o.history().epochs()) {
            s.add(r.epoch(), q.of(r.test()), false);
        }
        return s;
    }
}
