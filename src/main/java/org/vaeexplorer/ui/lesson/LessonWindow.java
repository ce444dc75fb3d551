package org.vaeexplorer.ui.lesson;

/**
 * What a step of the lesson may ask of the window: the seam through which the lesson sets the window up
 * without knowing its other features. The window (ui.app) does it; a test records it.
 */
public interface LessonWindow {

    /**
     * Shows the model that ships with the app in {@code fileName} (e.g. "mnist-latent2.zip"), then runs
     * {@code then} on the FX thread; at once when it is already on screen. A model cannot be opened while
     * one trains: the window says so and runs {@code then} all the same.
     */
    void openShippedModel(String fileName, Runnable then);

    /** Selects the tab with this id (e.g. "lossTab"). */
    void selectTab(String tabId);

    /** Fills the training form with the preset of this name (a {@code BetaPreset}'s, e.g. "COLLAPSE"). */
    void applyPreset(String presetName);

    /** Lays the manifold grid over the latent plane, or takes it away. */
    void showManifold(boolean visible);
}
