package org.vaeexplorer.ui.app;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The first-launch hint: shown until dismissed once, then never again (remembered in {@link UiSettings}). */
public final class LaunchHintViewModel {

    private final UiSettings settings;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");

    public LaunchHintViewModel(UiSettings settings) {
        this.settings = settings;
        shown.set(!settings.launchHintSeen());
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public void dismiss() {
        shown.set(false);
        settings.rememberLaunchHintSeen();
    }
}
