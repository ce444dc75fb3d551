package org.vaeexplorer.ui.plane;

/**
 * The part of the latent plane on screen: centre (u, v) in latent units, one scale for both axes (so
 * circles in latent space look round), and the plot's size in pixels. Pixel y grows downwards, v upwards.
 */
public record Viewport(double centerU, double centerV, double unitsPerPixel, double width, double height) {

    /** Smallest and largest zoom, in latent units per pixel: keeps a wheel spin from leaving the plane. */
    static final double MIN_UNITS_PER_PIXEL = 1e-5;
    static final double MAX_UNITS_PER_PIXEL = 1e3;
    /** Empty margin around the data when fitting, as a fraction of its extent. */
    static final double FIT_MARGIN = 0.08;

    public Viewport {
        if (!(unitsPerPixel > 0) || !Double.isFinite(unitsPerPixel)) {
            throw new IllegalArgumentException("units per pixel must be positive, got " + unitsPerPixel);
        }
    }

    /** The view that shows [minU, maxU] x [minV, maxV] whole, centred, in a plot of this size. */
    public static Viewport fit(double minU, double maxU, double minV, double maxV, double width, double height) {
        double w = Math.max(width, 1);
        double h = Math.max(height, 1);
        double spanU = Math.max(maxU - minU, 1e-6) * (1 + 2 * FIT_MARGIN);
        double spanV = Math.max(maxV - minV, 1e-6) * (1 + 2 * FIT_MARGIN);
        double scale = clamp(Math.max(spanU / w, spanV / h));
        return new Viewport((minU + maxU) / 2, (minV + maxV) / 2, scale, width, height);
    }

    public double toX(double u) {
        return width / 2 + (u - centerU) / unitsPerPixel;
    }

    public double toY(double v) {
        return height / 2 - (v - centerV) / unitsPerPixel;
    }

    public double toU(double x) {
        return centerU + (x - width / 2) * unitsPerPixel;
    }

    public double toV(double y) {
        return centerV - (y - height / 2) * unitsPerPixel;
    }

    public double minU() {
        return toU(0);
    }

    public double maxU() {
        return toU(width);
    }

    public double minV() {
        return toV(height);
    }

    public double maxV() {
        return toV(0);
    }

    /** Same centre and scale in a plot of another size. */
    public Viewport resized(double newWidth, double newHeight) {
        return new Viewport(centerU, centerV, unitsPerPixel, newWidth, newHeight);
    }

    /** Moves the picture by (dx, dy) pixels, as when the plane is dragged with the hand. */
    public Viewport panned(double dx, double dy) {
        return new Viewport(centerU - dx * unitsPerPixel, centerV + dy * unitsPerPixel, unitsPerPixel, width, height);
    }

    /** Zooms in by {@code factor} (> 1 magnifies), keeping the latent point under pixel (x, y) in place. */
    public Viewport zoomedAt(double x, double y, double factor) {
        double scale = clamp(unitsPerPixel / factor);
        double u = toU(x);
        double v = toV(y);
        double cu = u - (x - width / 2) * scale;
        double cv = v + (y - height / 2) * scale;
        return new Viewport(cu, cv, scale, width, height);
    }

    public boolean contains(double u, double v) {
        return u >= minU() && u <= maxU() && v >= minV() && v <= maxV();
    }

    private static double clamp(double scale) {
        return Math.max(MIN_UNITS_PER_PIXEL, Math.min(MAX_UNITS_PER_PIXEL, scale));
    }
}
