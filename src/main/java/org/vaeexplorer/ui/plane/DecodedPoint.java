package org.vaeexplorer.ui.plane;

import org.vaeexplorer.analysis.GreyImages;

/** The pixel means E[x|z] of one latent point: the digit under the dragged point. */
public record DecodedPoint(float[] z, GreyImages image) {
}
