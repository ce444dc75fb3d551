package org.vaeexplorer.ui.fx;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.model.ModelParams;
import org.vaeexplorer.testing.TestModels;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

class DecodeWorkerTest {

    private static final VaeConfig CONFIG = TestModels.tinyConfig(2, 1);

    /** An executor that runs its tasks only when the test says so. */
    private static final class ManualExecutor implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    @Test
    void onlyTheLatestWaitingRequestIsComputed() {
        ManualExecutor thread = new ManualExecutor();
        List<String> computed = new ArrayList<>();
        List<String> delivered = new ArrayList<>();
        DecodeWorker<String, String> worker = new DecodeWorker<>(thread, (vae, q) -> {
            computed.add(q);
            return q.toUpperCase();
        }, delivered::add);
        ModelParams model = ModelParams.frozen(CONFIG, Vae.create(CONFIG).snapshotParams());

        worker.request(model, "a");
        worker.request(model, "b");
        worker.request(model, "c");
        assertThat(thread.tasks).hasSize(1); // one drain scheduled, however many requests
        thread.runAll();

        assertThat(computed).containsExactly("c");
        assertThat(delivered).containsExactly("C");
    }

    @Test
    void aRequestMadeWhileComputingIsServedNext() {
        List<Integer> computed = new ArrayList<>();
        DecodeWorker<Integer, Integer>[] self = new DecodeWorker[1];
        ModelParams model = ModelParams.frozen(CONFIG, Vae.create(CONFIG).snapshotParams());
        self[0] = new DecodeWorker<>(Runnable::run, (vae, q) -> {
            computed.add(q);
            if (q == 1) {
                self[0].request(model, 2); // arrives mid-computation, as a drag event would
            }
            return q;
        }, r -> { });

        self[0].request(model, 1);

        assertThat(computed).containsExactly(1, 2);
    }

    @Test
    void theWorkersNetworkFollowsNewerParameters() {
        Vae a = Vae.create(CONFIG);
        Vae b = Vae.create(CONFIG.withSeed(99));
        List<Float> firstParam = new ArrayList<>();
        DecodeWorker<String, String> worker = new DecodeWorker<>(Runnable::run, (vae, q) -> {
            firstParam.add(vae.params().getFloat(0));
            return q;
        }, r -> { });

        worker.request(ModelParams.frozen(CONFIG, a.snapshotParams()), "x");
        worker.request(ModelParams.frozen(CONFIG, b.snapshotParams()), "y");

        assertThat(firstParam).containsExactly(a.params().getFloat(0), b.params().getFloat(0));
        assertThat(firstParam.get(0)).isNotEqualTo(firstParam.get(1));
    }

    @Test
    void aRequestAfterItsThreadHasStoppedIsDropped() {
        java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
        thread.shutdown(); // the window closed
        List<String> delivered = new ArrayList<>();
        DecodeWorker<String, String> worker = new DecodeWorker<>(thread, (vae, q) -> q, delivered::add);
        ModelParams model = ModelParams.frozen(CONFIG, Vae.create(CONFIG).snapshotParams());

        worker.request(model, "late");
        worker.request(model, "later");

        assertThat(delivered).isEmpty();
    }
}
