package org.vaeexplorer.ui.fx;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.ModelParams;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Latest-request-wins work on a network of its own. Requests may come from any thread, as fast as a
 * mouse drags; the worker runs only the newest one waiting, so it never falls behind. Its {@link Vae}
 * is created and used only inside the confined executor, and refreshed from {@link ModelParams} (one
 * copy of the parameter vector) when a request carries newer parameters.
 *
 * @param <Q> what to compute (latent points, a grid, ...)
 * @param <R> the result handed to {@code onResult}, on the worker's thread
 */
public final class DecodeWorker<Q, R> {

    /** The computation; runs on the worker's thread with the worker's own network. */
    @FunctionalInterface
    public interface Job<Q, R> {
        R run(Vae vae, Q query) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DecodeWorker.class);

    private record Request<Q>(ModelParams model, Q query) {
    }

    private final Executor thread;
    private final Job<Q, R> job;
    private final Consumer<? super R> onResult;
    private final AtomicReference<Request<Q>> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Confined to {@link #thread}. */
    private Vae vae;
    private long vaeVersion = -1;

    public DecodeWorker(Executor thread, Job<Q, R> job, Consumer<? super R> onResult) {
        this.thread = Objects.requireNonNull(thread);
        this.job = Objects.requireNonNull(job);
        this.onResult = Objects.requireNonNull(onResult);
    }

    /** Asks for {@code query} with {@code model}; replaces any request not yet started. */
    public void request(ModelParams model, Q query) {
        pending.set(new Request<>(Objects.requireNonNull(model), Objects.requireNonNull(query)));
        if (scheduled.compareAndSet(false, true)) {
            try {
                thread.execute(this::drain);
            } catch (RejectedExecutionException closed) {
                // The window is closing and its threads have stopped: a result that was already on its way to
                // the UI thread (a re-encoded plane, say) asked for one more decoding nobody will see.
                pending.set(null);
                scheduled.set(false);
            }
        }
    }

    private void drain() {
        while (true) {
            Request<Q> request = pending.getAndSet(null);
            if (request == null) {
                scheduled.set(false);
                // A request may have arrived between the getAndSet and the set: take it unless another drain will.
                if (pending.get() == null || !scheduled.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                onResult.accept(job.run(networkFor(request.model()), request.query()));
            } catch (Exception | LinkageError e) {
                LOG.warn("decoding failed", e);
            }
        }
    }

    private Vae networkFor(ModelParams model) {
        if (vae == null || !model.sameShape(vae.config())) {
            vae = Vae.withParams(model.config(), model.params());
        } else if (vaeVersion != model.version()) {
            vae.setParams(model.params());
        }
        vaeVersion = model.version();
        return vae;
    }
}
