package org.vaeexplorer.ui.plane;

import org.vaeexplorer.analysis.LatentProjection;

import java.util.List;

/**
 * Where the prior p(z) = N(0, I) lies on the plane: its 1σ and 2σ circles (about 39% and 86% of its mass
 * in two dimensions). On the PCA plane of a larger latent the prior projects onto the two orthonormal
 * components as N(0, I) again, centred where z = 0 projects. A 1-D latent has no plane, so no circles.
 */
final class PriorContours {

    static final double[] SIGMAS = {1, 2};

    /** One circle in plot pixels (the data area's own coordinates). */
    record Circle(double sigma, double centreX, double centreY, double radius) {
    }

    private PriorContours() {
    }

    static List<Circle> of(LatentProjection p, Viewport v) {
        if (p == null || p.latentSize() < 2) {
            return List.of();
        }
        float[] u = new float[1];
        float[] w = new float[1];
        p.project(new float[p.latentSize()], 1, u, w);
        return java.util.Arrays.stream(SIGMAS)
                .mapToObj(s -> new Circle(s, v.toX(u[0]), v.toY(w[0]), s / v.unitsPerPixel()))
                .toList();
    }
}
