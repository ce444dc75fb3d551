package org.vaeexplorer.ui.fx;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.Region;

/** Tabs of the window. */
public final class Tabs {

    private Tabs() {
    }

    /** A tab showing {@code content} at once, its title the text of {@code titleKey} (I18n). */
    public static Tab of(String titleKey, Node content, String id) {
        Tab tab = new Tab(null, content);
        tab.textProperty().bind(I18n.bind(titleKey));
        tab.setId(id);
        return tab;
    }

    /**
     * A tab whose content joins the scene when the tab is first selected: the first showing of the window
     * then creates skins for, styles and lays out only what is on screen, which is most of its launch time.
     */
    public static Tab lazy(String titleKey, Node content, String id) {
        Tab tab = new Tab();
        tab.textProperty().bind(I18n.bind(titleKey));
        tab.setId(id);
        ChangeListener<Boolean> attach = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        };
        tab.selectedProperty().addListener(attach);
        attach.changed(tab.selectedProperty(), false, tab.isSelected());
        return tab;
    }

    /**
     * {@code content} in a scroll pane for a tab: content narrower than it would like wraps its parts onto further
     * rows; content taller than the tab scrolls down, never sideways (a projector's class would read its right-hand
     * texts cut off at the tab's edge).
     */
    public static ScrollPane scrolling(Region content) {
        content.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll("tool-scroll", "tool-tab");
        return scroll;
    }
}
