package org.vaeexplorer.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.vaeexplorer.analysis.LossCurves;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Theme;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;

/**
 * Builds the loss charts: x in epochs, y in nats per image, the smoothed training curve (thousands of
 * points, drawn by {@link SamplingXYLineRenderer}, which stays fast where the default renderer does not)
 * and the per-epoch test points. Datasets are created here and handed back, so the view only appends.
 */
public final class LossChartFactory {

    /** The chart of {@code quantity} and the two series a view fills. */
    record LossChart(LossCurves.Quantity quantity, JFreeChart chart, XYSeries train, XYSeries test) {
    }

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, (int) Theme.FONT_PX);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Theme.FONT_PX);

    private LossChartFactory() {
    }

    static LossChart create(LossCurves.Quantity quantity) {
        // autoSort false, duplicates allowed: points arrive in order, and a resumed run may repeat an x.
        // Keys and labels are set by name(), in the language of the moment.
        XYSeries train = new XYSeries(I18n.text("charts.series.train"), false, true);
        XYSeries test = new XYSeries(I18n.text("charts.series.test"), false, true);

        NumberAxis x = new NumberAxis();
        x.setAutoRangeIncludesZero(true);
        x.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        NumberAxis y = new NumberAxis();
        y.setAutoRangeIncludesZero(false);
        for (NumberAxis axis : new NumberAxis[] {x, y}) {
            axis.setLabelFont(TEXT);
            axis.setTickLabelFont(TEXT);
            axis.setLabelPaint(Color.DARK_GRAY);
        }

        SamplingXYLineRenderer trainRenderer = new SamplingXYLineRenderer();
        trainRenderer.setSeriesPaint(0, Theme.awt(Theme.TRAIN_COLOR));
        trainRenderer.setSeriesStroke(0, new BasicStroke(2f));

        XYLineAndShapeRenderer testRenderer = new XYLineAndShapeRenderer(true, true);
        testRenderer.setSeriesPaint(0, Theme.awt(Theme.TEST_COLOR));
        testRenderer.setSeriesStroke(0, dashed(2f));
        testRenderer.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));

        XYPlot plot = new XYPlot(new XYSeriesCollection(train), x, y, trainRenderer);
        plot.setDataset(1, new XYSeriesCollection(test));
        plot.setRenderer(1, testRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart chart = new JFreeChart(I18n.text(titleKey(quantity)), TITLE, plot, false); // one shared legend above the charts
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 10));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle t = chart.getTitle();
        t.setPaint(new Color(0x22, 0x22, 0x22));
        LossChart made = new LossChart(quantity, chart, train, test);
        name(made);
        return made;
    }

    /** Sets the title, axis labels and series names in the current language (again when it changes). */
    static void name(LossChart c) {
        c.chart().getTitle().setText(I18n.text(titleKey(c.quantity())));
        XYPlot plot = (XYPlot) c.chart().getPlot();
        plot.getDomainAxis().setLabel(I18n.text("charts.axis.epoch"));
        plot.getRangeAxis().setLabel(I18n.text("charts.axis.nats"));
        c.train().setKey(I18n.text("charts.series.train"));
        c.test().setKey(I18n.text("charts.series.test"));
    }

    private static String titleKey(LossCurves.Quantity quantity) {
        return switch (quantity) {
            case NEGATIVE_ELBO -> "charts.title.negativeElbo";
            case RECONSTRUCTION -> "charts.title.reconstruction";
            case KL -> "charts.title.kl";
        };
    }

    /** Sets type, line widths and dots to {@code s} times their normal size (presenter mode). */
    static void scale(LossChart c, double s) {
        XYPlot plot = (XYPlot) c.chart().getPlot();
        Font title = TITLE.deriveFont((float) (TITLE.getSize2D() * s));
        Font text = TEXT.deriveFont((float) (TEXT.getSize2D() * s));
        c.chart().getTitle().setFont(title);
        for (NumberAxis axis : new NumberAxis[] {(NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis()}) {
            axis.setLabelFont(text);
            axis.setTickLabelFont(text);
        }
        plot.getRenderer(0).setSeriesStroke(0, new BasicStroke((float) (2 * s)));
        XYLineAndShapeRenderer test = (XYLineAndShapeRenderer) plot.getRenderer(1);
        test.setSeriesStroke(0, dashed((float) (2 * s)));
        double r = 4.5 * s;
        test.setSeriesShape(0, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
    }

    /** The test curves' stroke: dashed, so test and training curves differ also in grey. */
    public static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f * width / 2, 4f * width / 2}, 0f);
    }
}
