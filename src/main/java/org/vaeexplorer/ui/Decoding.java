package org.vaeexplorer.ui;

import org.vaeexplorer.model.Vae;

/** Decoding jobs for {@link DecodeWorker}s: the dragged point and the manifold grid. */
final class Decoding {

    private Decoding() {
    }

    /** A latent point to decode, stamped with when it was asked for (to measure drag-to-pixels time). */
    record PointQuery(float[] z, long requestedAtNanos) {
    }

    /** The pixel means E[x|z] of one latent point. */
    record DecodedPoint(float[] z, GreyImages image, long requestedAtNanos) {
    }

    static DecodedPoint decodePoint(Vae vae, PointQuery query) {
        float[] pixels = vae.decodeToFloats(query.z(), 1);
        return new DecodedPoint(query.z(), new GreyImages(1, vae.config().imageRows(), vae.config().imageCols(), pixels),
                query.requestedAtNanos());
    }

    /** Decodings at every tile centre of a manifold grid, row by row from the top. */
    static ManifoldGrid.Manifold decodeGrid(Vae vae, ManifoldGrid grid) {
        float[] z = grid.latents();
        int d = grid.projection().latentSize();
        int n = z.length / d;
        float[] pixels = vae.decodeToFloats(z, n);
        return new ManifoldGrid.Manifold(grid, new GreyImages(n, vae.config().imageRows(), vae.config().imageCols(), pixels));
    }
}
