package org.vaeexplorer.ui.tools.anomalies;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.vaeexplorer.evaluation.AnomalyDetection;
import org.vaeexplorer.evaluation.Roc;
import org.vaeexplorer.ui.fx.CanvasPane;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Theme;

/**
 * The ROC curves of the three scores in one square: false-positive rate across, true-positive rate up, the
 * diagonal of a score that knows nothing dashed. Each score has its own colour and dash, so the curves stay
 * apart in grey and for colour-blind viewers.
 */
final class RocPlot extends CanvasPane {

    /** Okabe &amp; Ito's blue, vermillion and bluish green, one per {@link AnomalyDetection.Score}. */
    static final Color[] COLORS = {Color.web("#0072b2"), Color.web("#d55e00"), Color.web("#009e73")};
    static final double[][] DASHES = {{}, {8, 4}, {2, 3}};
    private static final double MARGIN = Theme.FONT_PX + 6;
    /** Small enough to fit the tab's height at 1280x720 beside the ranking, axis names included. */
    private static final double SIDE = 200;

    private AnomalyDetection.Result result;

    RocPlot() {
        setId("rocPlot");
        setMinSize(SIDE, SIDE);
        setPrefSize(SIDE, SIDE);
        setMaxSize(SIDE, SIDE);
        I18n.onChange(this, this::invalidate);
    }

    void show(AnomalyDetection.Result r) {
        result = r;
        invalidate();
    }

    @Override
    protected void redraw(double width, double height) {
        GraphicsContext g = canvas().getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        double side = Math.max(0, Math.min(width, height) - MARGIN - 4);
        double left = MARGIN;
        double top = 4;
        g.setFill(Color.WHITE);
        g.fillRect(left, top, side, side);
        g.setStroke(Theme.AXIS);
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeRect(left, top, side, side);
        g.setLineDashes(4, 4);
        g.strokeLine(left, top + side, left + side, top);
        g.setLineDashes();
        g.setFill(Theme.AXIS);
        g.setFont(Theme.FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(I18n.text("tools.anomalies.roc.axis.x"), left + side / 2, top + side + 2);
        g.save();
        g.translate(left - 2, top + side / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(I18n.text("tools.anomalies.roc.axis.y"), 0, 0);
        g.restore();
        if (result == null) {
            return;
        }
        g.setLineWidth(2);
        AnomalyDetection.Score[] scores = AnomalyDetection.Score.values();
        for (int s = 0; s < scores.length; s++) {
            Roc roc = result.roc(scores[s]);
            double[] x = roc.falsePositiveRate();
            double[] y = roc.truePositiveRate();
            double[] px = new double[x.length];
            double[] py = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                px[i] = left + x[i] * side;
                py[i] = top + (1 - y[i]) * side;
            }
            g.setStroke(COLORS[s]);
            g.setLineDashes(DASHES[s]);
            g.strokePolyline(px, py, px.length);
        }
        g.setLineDashes();
    }
}
