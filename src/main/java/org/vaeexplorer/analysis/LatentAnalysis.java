package org.vaeexplorer.analysis;

/**
 * What the analysis worker learns about one model: where the test images land on the latent plane (and
 * the plane itself, for a latent above 2-D), and how a few test digits come back through the model.
 *
 * @param generation the requester's tag, handed back so that results for a replaced model can be ignored
 */
public record LatentAnalysis(LatentScatter scatter, LatentProjection projection, GreyImages originals,
                             GreyImages reconstructions, long generation) {
}
