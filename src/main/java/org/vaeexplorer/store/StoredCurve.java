package org.vaeexplorer.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The training curve in a model file's header as three parallel arrays: a tenth of the size of one JSON object
 * per point. Files written before it existed have none (null), and older readers ignore it.
 */
record StoredCurve(double[] epochs, double[] reconstruction, double[] kl) {

    static StoredCurve of(List<CurvePoint> curve) {
        if (curve.isEmpty()) {
            return null;
        }
        int n = curve.size();
        double[] e = new double[n];
        double[] r = new double[n];
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = curve.get(i).epochs();
            r[i] = curve.get(i).reconstruction();
            k[i] = curve.get(i).kl();
        }
        return new StoredCurve(e, r, k);
    }

    List<CurvePoint> toCurve() {
        if (epochs == null || reconstruction == null || kl == null) {
            return List.of();
        }
        int n = Math.min(epochs.length, Math.min(reconstruction.length, kl.length));
        List<CurvePoint> curve = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            curve.add(new CurvePoint(epochs[i], reconstruction[i], kl[i]));
        }
        return curve;
    }
}
