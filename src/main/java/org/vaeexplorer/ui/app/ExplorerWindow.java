package org.vaeexplorer.ui.app;

import javafx.scene.Scene;

/**
 * The running window as seen from outside the product: its state and commands (the view model, the same
 * API its own views use), its scene, and closing it. The instruments ({@code bench --ui}, {@code soak}, the
 * launch timer) observe and drive the app through this alone.
 */
public interface ExplorerWindow {

    ExplorerViewModel viewModel();

    Scene scene();

    /** Closes the window and stops what it started (a run under way, its threads). On the FX thread. */
    void close();
}
