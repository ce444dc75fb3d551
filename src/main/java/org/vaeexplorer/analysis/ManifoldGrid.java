package org.vaeexplorer.analysis;

import org.vaeexplorer.model.Vae;

/**
 * A grid of latent points over a region of the plane, decoded tile by tile into the "learned manifold"
 * picture of Kingma &amp; Welling (2013), fig. 4. Tile (col, row) covers the cell whose centre is
 * (minU + (col + 0.5) * du, maxV - (row + 0.5) * dv); row 0 is the top.
 */
public record ManifoldGrid(double minU, double maxU, double minV, double maxV, int columns, int rows,
                           LatentProjection projection) {

    /** Target tile size on screen: about the size of a digit at 1.7x, readable on a projector. */
    static final double TILE_PIXELS = 48;
    /** Upper bound per side, so a huge window does not ask for thousands of decodings. */
    static final int MAX_TILES_PER_SIDE = 32;

    /** Decoded tiles, {@code columns * rows} images in row-major grid order. */
    public record Manifold(ManifoldGrid grid, GreyImages tiles) {
    }

    /**
     * The grid covering [minU, maxU] x [minV, maxV], shown {@code width x height} pixels large, with tiles of
     * about {@link #TILE_PIXELS} pixels.
     */
    public static ManifoldGrid covering(double minU, double maxU, double minV, double maxV, double width, double height,
                                        LatentProjection projection) {
        int columns = tiles(width);
        int rows = projection.latentSize() == 1 ? 1 : tiles(height);
        return new ManifoldGrid(minU, maxU, minV, maxV, columns, rows, projection);
    }

    private static int tiles(double pixels) {
        return Math.max(1, Math.min(MAX_TILES_PER_SIDE, (int) Math.round(pixels / TILE_PIXELS)));
    }

    public int tileCount() {
        return columns * rows;
    }

    public double tileWidth() {
        return (maxU - minU) / columns;
    }

    public double tileHeight() {
        return (maxV - minV) / rows;
    }

    /** Latent vectors of all tile centres, row-major ({@code tileCount() x latentSize}). */
    public float[] latents() {
        double[] u = new double[tileCount()];
        double[] v = new double[tileCount()];
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < columns; col++) {
                u[row * columns + col] = minU + (col + 0.5) * tileWidth();
                v[row * columns + col] = projection.latentSize() == 1 ? 0 : maxV - (row + 0.5) * tileHeight();
            }
        }
        return projection.toLatents(u, v);
    }

    /** Decodes every tile centre with {@code vae}, row by row from the top. */
    public Manifold decode(Vae vae) {
        float[] z = latents();
        int n = z.length / projection.latentSize();
        float[] pixels = vae.decodeToFloats(z, n);
        return new Manifold(this, new GreyImages(n, vae.config().imageRows(), vae.config().imageCols(), pixels));
    }
}
