package org.vaeexplorer.ui.plane;

import javafx.scene.image.WritableImage;
import org.vaeexplorer.analysis.LatentScatter;
import org.vaeexplorer.analysis.ManifoldGrid;
import org.vaeexplorer.ui.fx.PixelPainter;
import org.vaeexplorer.ui.fx.RenderScale;
import org.vaeexplorer.ui.fx.Theme;

import java.util.Arrays;

/**
 * The plot's dots and manifold, rasterised into one image (not one node per test digit). It is painted in
 * device pixels (2x2 per layout pixel on a 200% screen) and drawn at its layout size, so the dots are sharp
 * on any screen instead of a stretched layout-sized image.
 */
final class PlaneRaster {

    private static final double DOT_ALPHA = 0.75;
    private static final double DOT_ALPHA_OVER_MANIFOLD = 0.4;

    private int[] buffer = new int[0];
    private WritableImage image;
    private int width;
    private int height;

    /** The image last painted, in device pixels; null before the first. */
    WritableImage image() {
        return image;
    }

    /**
     * Paints the plot area of viewport {@code v} at {@code scale} device pixels per layout pixel: black under a
     * manifold, white otherwise, then the dots of {@code dotRadius} layout pixels.
     *
     * @param manifold the manifold to paint, or null for none
     * @param scatter  the dots, or null for none
     */
    WritableImage paint(Viewport v, double scale, ManifoldGrid.Manifold manifold, boolean showManifold,
                        LatentScatter scatter, int dotRadius) {
        width = RenderScale.devicePixels((int) v.width(), scale);
        height = RenderScale.devicePixels((int) v.height(), scale);
        if (buffer.length != width * height) {
            buffer = new int[width * height];
        }
        Arrays.fill(buffer, showManifold ? 0xFF000000 : 0xFFFFFFFF);
        if (showManifold && manifold != null) {
            paintManifold(manifold, v, scale);
        }
        if (scatter != null) {
            paintScatter(scatter, v, scale, (int) Math.round(dotRadius * scale),
                    showManifold ? DOT_ALPHA_OVER_MANIFOLD : DOT_ALPHA);
        }
        if (image == null || (int) image.getWidth() != width || (int) image.getHeight() != height) {
            image = new WritableImage(width, height);
        }
        PixelPainter.write(image, buffer, width, height);
        return image;
    }

    private void paintManifold(ManifoldGrid.Manifold manifold, Viewport v, double scale) {
        ManifoldGrid g = manifold.grid();
        for (int row = 0; row < g.rows(); row++) {
            int y0 = (int) Math.floor(scale * v.toY(g.maxV() - row * g.tileHeight()));
            int y1 = (int) Math.floor(scale * v.toY(g.maxV() - (row + 1) * g.tileHeight()));
            for (int col = 0; col < g.columns(); col++) {
                int x0 = (int) Math.floor(scale * v.toX(g.minU() + col * g.tileWidth()));
                int x1 = (int) Math.floor(scale * v.toX(g.minU() + (col + 1) * g.tileWidth()));
                PixelPainter.paintTile(buffer, width, width, height, manifold.tiles(), row * g.columns() + col,
                        x0, y0, x1 - x0, y1 - y0);
            }
        }
    }

    /** @param radius the dots' radius in device pixels */
    private void paintScatter(LatentScatter s, Viewport v, double scale, int radius, double alpha) {
        int a = (int) Math.round(alpha * 256);
        double reach = (radius + 0.5) * (radius + 0.5); // a disc; at radius 1-3 the shape drawn before
        float[] us = s.u();
        float[] vs = s.v();
        byte[] labels = s.labels();
        for (int i = 0; i < us.length; i++) {
            int cx = (int) Math.round(scale * v.toX(us[i]));
            int cy = (int) Math.round(scale * v.toY(vs[i]));
            if (cx < -radius || cy < -radius || cx >= width + radius || cy >= height + radius) {
                continue;
            }
            int rgb = Theme.DIGIT_RGB[labels[i]];
            for (int dy = -radius; dy <= radius; dy++) {
                int y = cy + dy;
                if (y < 0 || y >= height) {
                    continue;
                }
                for (int dx = -radius; dx <= radius; dx++) {
                    int x = cx + dx;
                    if (x < 0 || x >= width || dx * dx + dy * dy > reach) {
                        continue;
                    }
                    buffer[y * width + x] = blend(buffer[y * width + x], rgb, a);
                }
            }
        }
    }

    private static int blend(int below, int rgb, int a) {
        int r = (((rgb >> 16) & 0xFF) * a + ((below >> 16) & 0xFF) * (256 - a)) >> 8;
        int g = (((rgb >> 8) & 0xFF) * a + ((below >> 8) & 0xFF) * (256 - a)) >> 8;
        int b = ((rgb & 0xFF) * a + (below & 0xFF) * (256 - a)) >> 8;
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
