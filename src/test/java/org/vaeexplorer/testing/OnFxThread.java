package org.vaeexplorer.testing;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.ExecutionException;

/**
 * Runs a test's body on the FX thread and waits for it, a failed assertion failing the test as itself. Views and
 * the language are the FX thread's: the windows of other tests listen to a change of language there.
 */
public final class OnFxThread {

    private OnFxThread() {
    }

    public static void run(Runnable body) throws Exception {
        try {
            WaitForAsyncUtils.asyncFx(body).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError failed) {
                throw failed;
            }
            throw e;
        }
    }
}
