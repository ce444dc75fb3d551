package org.vaeexplorer.ui.app;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.tools.anomalies.AnomalyViewModel;

/**
 * The single-key rows of {@link Shortcut}: single keys, so they act only when no text field has the focus
 * (there they type). Menu accelerators would fire even while typing, hence a filter on the scene.
 */
final class KeyShortcuts {

    private final ExplorerViewModel viewModel;
    private final AnomalyViewModel anomalies;
    private final Scene scene;
    private final WholeWindowLayer wholeWindow;
    /** Where the mouse last was in the scene: W enlarges the panel under it. */
    private Point2D mouse;

    private KeyShortcuts(ExplorerViewModel viewModel, AnomalyViewModel anomalies, Scene scene, WholeWindowLayer wholeWindow) {
        this.viewModel = viewModel;
        this.anomalies = anomalies;
        this.scene = scene;
        this.wholeWindow = wholeWindow;
    }

    /** Makes the single keys act in {@code scene}. */
    static void install(ExplorerViewModel viewModel, AnomalyViewModel anomalies, Scene scene, WholeWindowLayer wholeWindow) {
        KeyShortcuts keys = new KeyShortcuts(viewModel, anomalies, scene, wholeWindow);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::pressed);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> keys.mouse = new Point2D(e.getSceneX(), e.getSceneY()));
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> keys.mouse = new Point2D(e.getSceneX(), e.getSceneY()));
    }

    private void pressed(KeyEvent e) {
        DisplayViewModel display = viewModel.display();
        if (display.helpShownProperty().get() && e.getCode() == KeyCode.ESCAPE) {
            display.hideHelp();
            e.consume();
            return;
        }
        if (display.wholeWindowProperty().get() != null && e.getCode() == KeyCode.ESCAPE) {
            display.restorePanels();
            e.consume();
            return;
        }
        Shortcut shortcut = Shortcut.ofSingleKey(e);
        if (shortcut == null || scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        LatentPlaneViewModel plane = viewModel.plane();
        switch (shortcut) {
            case PAUSE -> viewModel.training().togglePause();
            case STEP -> viewModel.training().steps().step(e.isShiftDown() ? 10 : 1);
            case MANIFOLD -> plane.toggleManifold();
            case FIT -> plane.fitToData();
            case ZOOM_IN -> plane.zoom(LatentPlaneViewModel.ZOOM_STEP);
            case ZOOM_OUT -> plane.zoom(1 / LatentPlaneViewModel.ZOOM_STEP);
            case PREVIOUS_SNAPSHOT -> viewModel.samples().step(-1);
            case NEXT_SNAPSHOT -> viewModel.samples().step(1);
            case PRESENTER -> display.togglePresenter();
            case HELP -> display.toggleHelp();
            case WHOLE_WINDOW -> display.toggleWholeWindow(panelToEnlarge());
            case RANK, ROC -> {
                // As the tab's buttons: there only while it is on screen, and disabled while one of them works.
                // (O for a model trained on every class says in the tab's status that there is no ROC to draw.)
                if (!anomalies.activeProperty().get() || anomalies.busyProperty().get()) {
                    return;
                }
                if (shortcut == Shortcut.RANK) {
                    anomalies.rank();
                } else {
                    anomalies.measureRoc();
                }
            }
            default -> {
                return; // menu accelerators and keys a view handles itself
            }
        }
        e.consume();
    }

    /** The panel under the mouse; else the one holding the keyboard focus; else the plane. */
    private DisplayViewModel.Panel panelToEnlarge() {
        DisplayViewModel.Panel panel = mouse == null ? null : wholeWindow.panelAt(mouse);
        if (panel == null) {
            panel = wholeWindow.panelHolding(scene.getFocusOwner());
        }
        return panel == null ? DisplayViewModel.Panel.PLANE : panel;
    }
}
