package org.vaeexplorer.ui.plane;

import org.vaeexplorer.model.Vae;
import org.vaeexplorer.analysis.GreyImages;
import org.vaeexplorer.analysis.ManifoldGrid;

/** The dragged point's decoding, and the manifold grid's decoding job for its {@link DecodeWorker}. */
public final class Decoding {

    private Decoding() {
    }

    /** The pixel means E[x|z] of one latent point, stamped with when it was asked for (drag-to-pixels time). */
    public record DecodedPoint(float[] z, GreyImages image, long requestedAtNanos) {
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
