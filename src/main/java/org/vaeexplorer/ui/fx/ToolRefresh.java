package org.vaeexplorer.ui.fx;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Recomputes a teaching tool's picture only while the tool is on screen: a request made while it is
 * hidden (a training snapshot, say) is remembered and run when it shows again, so hidden tools cost no CPU
 * during training.
 */
public final class ToolRefresh {

    private final Runnable work;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private boolean stale;

    public ToolRefresh(Runnable work) {
        this.work = work;
        active.addListener((obs, old, now) -> {
            if (now && stale) {
                request();
            }
        });
    }

    /** True while the tool is shown; views bind it to their tab's selection. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public void request() {
        if (!active.get()) {
            stale = true;
            return;
        }
        stale = false;
        work.run();
    }
}
