package org.vaeexplorer.ui.training;

/**
 * Settings of β and the KL warm-up that show one thing about the ELBO's trade-off, each with what to
 * watch for while it trains (Higgins et al. 2017 for β &gt; 1; Bowman et al. 2016 and Sønderby et al.
 * 2016 for the warm-up).
 */
public enum BetaPreset {
    STANDARD("Standard VAE: \u03b2 = 1", 1, 0,
            "Watch: the KL settles at a few nats, digits form clusters and the samples sharpen epoch by epoch."),
    COLLAPSE("Posterior collapse: \u03b2 = 8", 8, 0,
            "Watch: the KL curve sinks towards 0, the clusters merge and every sample looks like the same blurry average."),
    SHARP("Sharp but scattered: \u03b2 = 0.1", 0.1, 0,
            "Watch: sharp reconstructions but a large KL; the clusters spread apart with gaps, so random samples miss the digits."),
    WARMUP("Warm-up: \u03b2 0\u21921 over 5 epochs", 1, 5,
            "Watch: the KL rises while \u03b2 is small, then falls back as \u03b2 reaches 1; compare with the standard run.");

    /** A warm-up needs epochs after it to show anything: at least this many in total. */
    static final int WARMUP_MIN_EPOCHS = 10;

    private final String title;
    private final double beta;
    private final double warmupEpochs;
    private final String watchFor;

    BetaPreset(String title, double beta, double warmupEpochs, String watchFor) {
        this.title = title;
        this.beta = beta;
        this.warmupEpochs = warmupEpochs;
        this.watchFor = watchFor;
    }

    public String title() {
        return title;
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
