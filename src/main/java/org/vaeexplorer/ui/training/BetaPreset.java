package org.vaeexplorer.ui.training;

import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.ui.fx.I18n;

import java.util.List;

/**
 * Settings of β and the KL warm-up that show one thing about the ELBO's trade-off, each with what to
 * watch for while it trains (Higgins et al. 2017 for β &gt; 1; Bowman et al. 2016 and Sønderby et al.
 * 2016 for the warm-up); and the convolutional VAE of the PyTorch reference's shape, the answer to blurry
 * samples. The β presets are the MLP's: their captions were measured with it.
 */
public enum BetaPreset {
    // Each caption says what a class sees in the preset's run (EPOCHS epochs of MNIST, 784-400-2, seed 1),
    // checked with real runs: docs/presets.md has the figures, PresetClaimsTest the orderings on a slice.
    STANDARD("standard", 1, 0),
    COLLAPSE("collapse", 8, 0),
    SHARP("sharp", 0.1, 0),
    WARMUP("warmup", 1, 5),
    // Measured with the 2-D model of hidden 256, seed 1 (docs/presets.md); the MLP figures are STANDARD's.
    CONVOLUTIONAL("convolutional", Architecture.CONVOLUTIONAL, List.of(256), 1, 0);

    /** The run length every caption describes; choosing a preset puts it in the form. */
    public static final int EPOCHS = 10;

    /** Its name and caption in the bundles: training.preset.&lt;key&gt;.title and .watch. */
    private final String key;
    private final Architecture architecture;
    /** The hidden layers the preset puts in the form, or null to leave the form's. */
    private final List<Integer> hiddenSizes;
    private final double beta;
    private final double warmupEpochs;

    BetaPreset(String key, double beta, double warmupEpochs) {
        this(key, Architecture.MLP, null, beta, warmupEpochs);
    }

    BetaPreset(String key, Architecture architecture, List<Integer> hiddenSizes, double beta, double warmupEpochs) {
        this.key = key;
        this.architecture = architecture;
        this.hiddenSizes = hiddenSizes;
        this.beta = beta;
        this.warmupEpochs = warmupEpochs;
    }

    /** "Standard VAE: β = 1", in the window's language. */
    public String title() {
        return I18n.text("training.preset." + key + ".title");
    }

    public Architecture architecture() {
        return architecture;
    }

    /** The hidden layer sizes it sets, or null when it keeps the form's. */
    public List<Integer> hiddenSizes() {
        return hiddenSizes;
    }

    public double beta() {
        return beta;
    }

    public double warmupEpochs() {
        return warmupEpochs;
    }

    /** One line: what to look at in the window while this trains. */
    public String watchFor() {
        return I18n.text("training.preset." + key + ".watch");
    }

    @Override
    public String toString() {
        return title();
    }
}
