package org.vaeexplorer.ui.app;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** How the window presents itself: presenter mode (large type, thick lines) and the shortcut help overlay. */
public final class DisplayViewModel {

    /**
     * Presenter mode scales type, chart lines and plane dots by this (12 pt becomes 16 pt): as large as a
     * 1280x720 projector still fits the whole window at.
     */
    public static final double PRESENTER_SCALE = 4.0 / 3;

    private final ReadOnlyBooleanWrapper presenter = new ReadOnlyBooleanWrapper(this, "presenter");
    private final ReadOnlyBooleanWrapper helpShown = new ReadOnlyBooleanWrapper(this, "helpShown");
    private final ReadOnlyObjectWrapper<Panel> wholeWindow = new ReadOnlyObjectWrapper<>(this, "wholeWindow");

    /** The panels that can fill the window (W). */
    public enum Panel {
        PLANE, DECODED_DIGIT, RECONSTRUCTIONS, TABS
    }

    /** The panel filling the window, or null when every panel is in its place. */
    public ReadOnlyObjectProperty<Panel> wholeWindowProperty() {
        return wholeWindow.getReadOnlyProperty();
    }

    /** W: {@code panel} fills the window; if one already does, it goes back instead. */
    public void toggleWholeWindow(Panel panel) {
        wholeWindow.set(wholeWindow.get() == null ? panel : null);
    }

    /** Every panel back in its place. */
    public void restorePanels() {
        wholeWindow.set(null);
    }

    public ReadOnlyBooleanProperty presenterProperty() {
        return presenter.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty helpShownProperty() {
        return helpShown.getReadOnlyProperty();
    }

    /** 1, or {@link #PRESENTER_SCALE} in presenter mode. */
    public double scale() {
        return presenter.get() ? PRESENTER_SCALE : 1;
    }

    public void togglePresenter() {
        presenter.set(!presenter.get());
    }

    public void toggleHelp() {
        helpShown.set(!helpShown.get());
    }

    public void hideHelp() {
        helpShown.set(false);
    }

    /** The shortcuts the help overlay lists: all of them. */
    public Shortcut[] shortcuts() {
        return Shortcut.values();
    }
}
