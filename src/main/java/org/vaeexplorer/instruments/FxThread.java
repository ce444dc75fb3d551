package org.vaeexplorer.instruments;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.vaeexplorer.ui.fx.ToolkitStart;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The instruments' way onto the FX thread: starting JavaFX, running work there, waiting for a condition seen there. */
final class FxThread {

    /** How long any one step may take before the measurement gives up (a window that never starts, say). */
    static final long TIMEOUT_SECONDS = 180;
    /** The screen Monocle pretends to have without a display: a classroom projector's. */
    private static final String HEADLESS_GEOMETRY = "1280x720-32";

    private FxThread() {
    }

    /** Starts JavaFX (headless under Monocle when there is no display); returns a description, or null if it was running. */
    static String startToolkit() throws InterruptedException {
        if (toolkitRunning()) {
            return null;
        }
        String display = System.getenv("DISPLAY");
        String description;
        if (display == null || display.isBlank()) {
            try {
                Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory");
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("no display (DISPLAY is not set) and no Monocle on the class path:"
                        + " run under xvfb-run, or add org.testfx:openjfx-monocle to the runtime class path", e);
            }
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
            setIfAbsent("headless.geometry", HEADLESS_GEOMETRY);
            description = "monocle-headless " + System.getProperty("headless.geometry");
        } else {
            description = "x11 " + display;
        }
        ToolkitStart.prepare();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        return description;
    }

    /** True if JavaFX is already up (a test started it): then it must not be started or ended here. */
    private static boolean toolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    static <T> T call(Callable<T> work) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CountDownLatch done = new CountDownLatch(1);
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                result[0] = work.call();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer within " + TIMEOUT_SECONDS + " s");
        }
        if (failure[0] != null) {
            throw new IllegalStateException("a measuring step failed: " + failure[0], failure[0]);
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /** Runs {@code work} on the FX thread and waits for it. */
    static void run(Runnable work) throws InterruptedException {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits for a condition read on the FX thread, checking on each of its frames. */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        CountDownLatch met = new CountDownLatch(1);
        AnimationTimer[] timer = new AnimationTimer[1];
        run(() -> {
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (condition.getAsBoolean()) {
                        stop();
                        met.countDown();
                    }
                }
            };
            timer[0].start();
        });
        if (!met.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            run(timer[0]::stop);
            throw new IllegalStateException("waited " + TIMEOUT_SECONDS + " s for " + what);
        }
    }
}
