package org.vaeexplorer.cli;

import org.vaeexplorer.model.LossParts;

import java.util.Locale;

/** Number formats of the text output; Locale.ROOT so a decimal comma never breaks scripts reading it. */
final class Numbers {

    private Numbers() {
    }

    /** Losses in nats per image: two decimals, as the PyTorch example prints them. */
    static String loss(double nats) {
        return String.format(Locale.ROOT, "%.2f", nats);
    }

    /** "160.23 = 155.01 recon + 5.22 KL": the negative ELBO and its two parts. */
    static String lossParts(LossParts parts) {
        return loss(parts.negElbo()) + " = " + loss(parts.reconstruction()) + " recon + " + loss(parts.kl()) + " KL";
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** "0:07", "12:34" or "1:02:03"; "?" while no estimate exists yet. */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        long s = Math.round(seconds);
        long hours = s / 3600;
        long minutes = s / 60 % 60;
        long secs = s % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }
}
