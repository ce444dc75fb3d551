package org.vaeexplorer.analysis;

/**
 * The aggregate posterior of a 2-D latent as a picture: how many test encodings (posterior means) fall in each
 * cell of a square grid centred on the prior's mean, as shares of all of them. Drawn over the prior's contours,
 * it shows which parts of the prior the data fills and which it leaves empty.
 *
 * @param extent the grid spans [-extent, extent] on both axes
 * @param cells  cells per side
 * @param shares row after row, from the top (largest z2) down, each row from the left (smallest z1); sums to the
 *               share of encodings inside the grid
 */
public record LatentDensity(double extent, int cells, double[] shares) {

    /** The grid reaches at least this far (in prior standard deviations): the prior's 3σ circle fits inside. */
    public static final double MIN_EXTENT = 3.5;

    /**
     * The density of {@code n} 2-D points (z1, z2 one after another) on a grid of {@code cells} per side reaching
     * {@link #MIN_EXTENT} or as far as the farthest point, whichever is larger.
     */
    public static LatentDensity of(float[] means, int n, int cells) {
        if (means.length != 2 * n || cells < 1) {
            throw new IllegalArgumentException(means.length + " values are not " + n + " 2-D points, or " + cells + " cells");
        }
        double extent = MIN_EXTENT;
        for (float v : means) {
            extent = Math.max(extent, Math.abs(v));
        }
        double[] shares = new double[cells * cells];
        for (int i = 0; i < n; i++) {
            int col = cell(means[2 * i], extent, cells);
            int row = cells - 1 - cell(means[2 * i + 1], extent, cells);
            shares[row * cells + col] += 1.0 / n;
        }
        return new LatentDensity(extent, cells, shares);
    }

    /** The largest share of one cell: the darkest cell of the picture. */
    public double peak() {
        double peak = 0;
        for (double s : shares) {
            peak = Math.max(peak, s);
        }
        return peak;
    }

    private static int cell(double v, double extent, int cells) {
        return Math.min(cells - 1, Math.max(0, (int) Math.floor((v + extent) / (2 * extent) * cells)));
    }
}
