package org.vaeexplorer.ui.training;

import org.vaeexplorer.model.Architecture;

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
    STANDARD("Standard VAE: \u03b2 = 1", 1, 0,
            "Watch: the KL settles at 5-6 nats within the first epoch, the classes form clusters about as wide"
                    + " as the prior, and the samples sharpen epoch by epoch."),
    COLLAPSE("Towards posterior collapse: \u03b2 = 8", 8, 0,
            "Watch: the KL stays at 2-3 nats, half the standard run's, and reconstructions blur (about 12 nats"
                    + " worse): the cloud shrinks towards the centre and neighbouring clusters crowd together."
                    + " In 10 epochs of a 2-D model it does not collapse: the KL never reaches 0 and most clusters"
                    + " stay apart."),
    SHARP("Sharp but scattered: \u03b2 = 0.1", 0.1, 0,
            "Watch: the KL about twice the standard run's (11-12 nats) for reconstructions only slightly"
                    + " sharper; the clusters spread to about twice the prior's width, so samples from N(0, I)"
                    + " reach only the middle of the map."),
    WARMUP("Warm-up: \u03b2 0\u21921 over 5 epochs", 1, 5,
            "Watch: while \u03b2 is small the KL is high (11-16 nats in epoch 1), then falls to the"
                    + " standard run's 5-6 nats as \u03b2 reaches 1 in epoch 5; by epoch 10 both runs end alike."),
    // Measured with the 2-D model of hidden 256, seed 1 (docs/presets.md); the MLP figures are STANDARD's.
    CONVOLUTIONAL("Convolutional: sharper digits", Architecture.CONVOLUTIONAL, List.of(256), 1, 0,
            "Watch: the test \u2212ELBO passes the standard MLP run's 10-epoch figure by epoch 3 (153 against 155)"
                    + " and ends at 146, with the KL at about 6 nats; each epoch takes about ten times as"
                    + " long, so expect minutes per epoch.");

    /** The run length every caption describes; choosing a preset puts it in the form. */
    public static final int EPOCHS = 10;

    private final String title;
    private final Architecture architecture;
    /** The hidden layers the preset puts in the form, or null to leave the form's. */
    private final List<Integer> hiddenSizes;
    private final double beta;
    private final double warmupEpochs;
    private final String watchFor;

    BetaPreset(String title, double beta, double warmupEpochs, String watchFor) {
        this(title, Architecture.MLP, null, beta, warmupEpochs, watchFor);
    }

    BetaPreset(String title, Architecture architecture, List<Integer> hiddenSizes, double beta, double warmupEpochs,
            String watchFor) {
        this.title = title;
        this.architecture = architecture;
        this.hiddenSizes = hiddenSizes;
        this.beta = beta;
        this.warmupEpochs = warmupEpochs;
        this.watchFor = watchFor;
    }

    public String title() {
        return title;
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
        return watchFor;
    }

    @Override
    public String toString() {
        return title;
    }
}
