package org.vaeexplorer.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Where the prior p(z) = N(0, I) lies on the latent plane: its 1σ and 2σ circles (about 39% and 86% of
 * its mass in two dimensions). On the PCA plane of a larger latent the prior projects onto the two
 * orthonormal components as N(0, I) again, centred where z = 0 projects. A 1-D latent has no plane, so no
 * circles.
 */
public final class PriorContours {

    static final double[] SIGMAS = {1, 2};

    /** One circle in plane units. */
    public record Circle(double sigma, double centreU, double centreV, double radius) {
    }

    private PriorContours() {
    }

    public static List<Circle> of(LatentProjection p) {
        if (p == null || p.latentSize() < 2) {
            return List.of();
        }
        float[] u = new float[1];
        float[] v = new float[1];
        p.project(new float[p.latentSize()], 1, u, v);
        return Arrays.stream(SIGMAS).mapToObj(s -> new Circle(s, u[0], v[0], s)).toList();
    }
}
