package org.vaeexplorer.ui.charts;

import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.layout.Priority;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.ui.fx.HelpLine;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Theme;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The three live loss charts: negative ELBO, reconstruction and KL. When the history ticks, each chart
 * takes the new points in bulk ({@code add(x, y, false)}) and redraws once. Redraws are spread over
 * frames, one chart per frame: JFreeChart repaints a whole chart in the software pipeline, and three in
 * one frame made that frame late.
 */
public final class LossChartView extends VBox {

    /** The y axis ignores the first few percent of the run, where the loss falls from ~540: the rest stays readable. */
    static final double WARMUP_FRACTION = 0.05;

    public static final int MAX_EPOCH_DOTS = 40;
    /** Each chart redraws at most this often (5 Hz: smooth enough for curves that move a pixel at a time). */
    static final long MIN_REDRAW_NANOS = 200_000_000L;

    private final LossHistory history;
    private final Map<LossCurves.Quantity, LossChartFactory.LossChart> charts = new EnumMap<>(LossCurves.Quantity.class);
    private final Map<LossCurves.Quantity, Long> lastRedraw = new EnumMap<>(LossCurves.Quantity.class);
    private final EnumSet<LossCurves.Quantity> stale = EnumSet.noneOf(LossCurves.Quantity.class);
    private final AnimationTimer redrawer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            redrawOne(now);
        }
    };
    private long generation = -1;
    /** The least height a chart gets: the axes' labels in presenter mode and a readable curve need it. */
    public static final double MIN_CHART_HEIGHT = 200;

    private final FlowPane legend;

    public LossChartView(LossHistory history) {
        super(4);
        this.history = history;
        setId("lossCharts");
        getStyleClass().add("panel");
        HBox row = new HBox(8);
        VBox.setVgrow(row, Priority.ALWAYS);
        legend = legend();
        Label help = HelpLine.of("");
        help.textProperty().bind(I18n.bind("charts.help"));
        help.setId("lossHelp");
        getChildren().addAll(legend, help, row);
        for (LossCurves.Quantity q : LossCurves.Quantity.values()) {
            LossChartFactory.LossChart chart = LossChartFactory.create(q);
            charts.put(q, chart);
            ChartViewer viewer = new ChartViewer(chart.chart());
            viewer.setId("lossChart-" + q.name());
            viewer.setMinSize(180, MIN_CHART_HEIGHT);
            viewer.setPrefSize(400, MIN_CHART_HEIGHT);
            HBox.setHgrow(viewer, Priority.ALWAYS);
            row.getChildren().add(viewer);
        }
        history.versionProperty().addListener((obs, old, now) -> markStale());
        I18n.onChange(this, () -> charts.values().forEach(LossChartFactory::name));
        markStale();
    }

    /**
     * One legend for all three charts: they share their two series. Its entries wrap onto a second row
     * rather than being cut (presenter mode on a 1024-pixel screen). The axes name the units.
     */
    private static FlowPane legend() {
        Line train = new Line(0, 0, 28, 0);
        train.setStroke(Theme.TRAIN_COLOR);
        train.setStrokeWidth(3);
        Line test = new Line(0, 0, 28, 0);
        test.setStroke(Theme.TEST_COLOR);
        test.setStrokeWidth(3);
        test.getStrokeDashArray().addAll(6.0, 4.0);
        Circle dot = new Circle(5, Theme.TEST_COLOR);
        Label trainLabel = new Label(null, train);
        trainLabel.textProperty().bind(I18n.bind("charts.legend.train"));
        Label testLabel = new Label(null, new StackPane(test, dot));
        testLabel.textProperty().bind(I18n.bind("charts.legend.test"));
        FlowPane box = new FlowPane(24, 2, trainLabel, testLabel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinHeight(USE_PREF_SIZE); // all its rows: the charts give way, not the legend
        return box;
    }

    /** Adds {@code entry} to the shared legend, after the two curves' entries (overlaid runs). */
    public void addToLegend(javafx.scene.Node entry) {
        legend.getChildren().add(entry);
    }

    /** Points held by one chart series (tests check that charts gain points). */
    public int pointCount(LossCurves.Quantity quantity, LossCurves.Split split) {
        LossChartFactory.LossChart chart = charts.get(quantity);
        return (split == LossCurves.Split.TRAIN ? chart.train() : chart.test()).getItemCount();
    }

    private void markStale() {
        if (generation != history.generation()) {
            generation = history.generation(); // a new run: clear every chart at once
            for (LossCurves.Quantity q : LossCurves.Quantity.values()) {
                update(q, true);
            }
        }
        stale.addAll(charts.keySet());
        redrawer.start();
    }

    /** Redraws the first stale chart whose last redraw is old enough; stops the timer when none is stale. */
    private void redrawOne(long now) {
        for (LossCurves.Quantity q : LossCurves.Quantity.values()) {
            if (stale.contains(q) && now - lastRedraw.getOrDefault(q, Long.MIN_VALUE / 2) >= MIN_REDRAW_NANOS) {
                stale.remove(q);
                lastRedraw.put(q, now);
                update(q, false);
                break;
            }
        }
        if (stale.isEmpty()) {
            redrawer.stop();
        }
    }

    private void update(LossCurves.Quantity quantity, boolean restart) {
        LossChartFactory.LossChart chart = charts.get(quantity);
        LossCurves.Points train = history.points(quantity, LossCurves.Split.TRAIN);
        LossCurves.Points test = history.points(quantity, LossCurves.Split.TEST);
        chart.chart().setNotify(false);
        boolean changed = append(chart.train(), train, restart) | append(chart.test(), test, restart);
        if (changed) {
            focusRange(chart);
            // A dot per epoch reads well for a few dozen epochs; beyond that the dots hide the line.
            XYPlot plot = (XYPlot) chart.chart().getPlot();
            ((XYLineAndShapeRenderer) plot.getRenderer(1)).setSeriesShapesVisible(0, test.size() <= MAX_EPOCH_DOTS);
        }
        chart.chart().setNotify(true); // one redraw for everything above
    }

    private static boolean append(XYSeries series, LossCurves.Points points, boolean restart) {
        if (restart || series.getItemCount() > points.size()) {
            series.clear();
        }
        int from = series.getItemCount();
        for (int i = from; i < points.size(); i++) {
            series.add(points.x(i), points.y(i), false);
        }
        if (from < points.size() || restart) {
            series.fireSeriesChanged();
            return true;
        }
        return false;
    }

    /**
     * Fits the y axis to the data after the first {@link #WARMUP_FRACTION} of the x range, over every
     * series on the chart (the current model's and any runs overlaid on it).
     */
    private static void focusRange(LossChartFactory.LossChart chart) {
        XYPlot plot = (XYPlot) chart.chart().getPlot();
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        List<XYSeries> all = new ArrayList<>();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            if (plot.getDataset(d) instanceof XYSeriesCollection c) {
                all.addAll(c.getSeries());
            }
        }
        double maxX = 0;
        for (XYSeries s : all) {
            if (s.getItemCount() > 0) {
                maxX = Math.max(maxX, s.getMaxX());
            }
        }
        double fromX = maxX * WARMUP_FRACTION;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (XYSeries s : all) {
            for (int i = 0; i < s.getItemCount(); i++) {
                double x = s.getX(i).doubleValue();
                double v = s.getY(i).doubleValue();
                if (x >= fromX && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            y.setAutoRange(true);
            return;
        }
        double pad = Math.max((hi - lo) * 0.08, Math.abs(hi) * 0.005 + 1e-3);
        y.setRange(new org.jfree.data.Range(lo - pad, hi + pad), true, true);
    }

    /** The chart of {@code quantity}, for layers drawn on it (overlaid runs). */
    public JFreeChart chart(LossCurves.Quantity quantity) {
        return charts.get(quantity).chart();
    }

    /** Refits the y axes after a layer changed its series; one redraw per chart. */
    public void refit() {
        for (LossChartFactory.LossChart chart : charts.values()) {
            chart.chart().setNotify(false);
            focusRange(chart);
            chart.chart().setNotify(true);
        }
    }

    /** Type, lines and dots {@code scale} times their normal size (presenter mode). */
    public void setScale(double scale) {
        for (LossChartFactory.LossChart chart : charts.values()) {
            LossChartFactory.scale(chart, scale);
        }
    }

    private static double last(LossCurves.Points p) {
        return p.size() == 0 ? 0 : p.x(p.size() - 1);
    }
}
