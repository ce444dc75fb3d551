package org.vaeexplorer.model;

/**
 * The two parts of the negative ELBO, in nats per image: reconstruction negative log-likelihood
 * -E_q[log p(x|z)] and KL(q(z|x) || p(z)). Their sum is the negative ELBO, the number the PyTorch
 * VAE example prints as "loss".
 */
public record LossParts(double reconstruction, double kl) {

    public static final LossParts ZERO = new LossParts(0, 0);

    public double negElbo() {
        return reconstruction + kl;
    }

    public boolean allFinite() {
        return Double.isFinite(reconstruction) && Double.isFinite(kl);
    }

    public LossParts plus(LossParts other) {
        return new LossParts(reconstruction + other.reconstruction, kl + other.kl);
    }

    public LossParts scaled(double factor) {
        return new LossParts(reconstruction * factor, kl * factor);
    }

    /** "163.88 = 158.55 recon + 5.34 KL", for logs. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.2f = %.2f recon + %.2f KL", negElbo(), reconstruction, kl);
    }
}
