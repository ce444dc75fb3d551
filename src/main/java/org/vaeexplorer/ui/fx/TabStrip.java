package org.vaeexplorer.ui.fx;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A tab pane whose tab names wrap onto a second row instead of hiding in an overflow menu: eight tabs in
 * presenter mode on a 1280- or 1024-pixel projector do not fit one row. The pane's own header is hidden
 * (explorer.css, {@code .strip-tabs}) and a row of toggle buttons, one per tab and carrying the tab's id,
 * selects the tabs; selection, lazy content and keyboard switching stay the tab pane's.
 */
public final class TabStrip extends VBox {

    private final FlowPane names = new FlowPane(2, 2);
    private final TabPane tabs;
    private final Region floor;

    /**
     * @param floor content of one of the tabs whose least height the whole area keeps, its tab names however
     *              many rows they wrap into (the loss charts)
     */
    public TabStrip(TabPane tabs, Region floor) {
        this.tabs = tabs;
        this.floor = floor;
        getStyleClass().add("tab-strip-box");
        tabs.getStyleClass().add("strip-tabs");
        names.getStyleClass().add("tab-strip");
        names.setMinHeight(Region.USE_PREF_SIZE); // all its rows, however many the width makes
        ToggleGroup group = new ToggleGroup();
        for (Tab tab : tabs.getTabs()) {
            ToggleButton name = new ToggleButton();
            name.textProperty().bind(tab.textProperty()); // the tab's name, in the language of the moment
            name.setId(tab.getId());
            name.getStyleClass().add("strip-tab");
            name.setToggleGroup(group);
            name.setFocusTraversable(false); // keys go to the plane and the tool, as they did with tabs
            name.setSelected(tab.isSelected());
            name.setOnAction(e -> {
                tabs.getSelectionModel().select(tab);
                name.setSelected(true); // a second click on the shown tab keeps it shown
            });
            tab.selectedProperty().addListener((obs, old, now) -> name.setSelected(now));
            names.getChildren().add(name);
        }
        setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(names, tabs);
        // The least height depends on the width (rows of names, wrapped legend): a split pane asks for it
        // without a width and keeps the answer until the next layout request, so a new width makes one.
        widthProperty().addListener((obs, old, now) -> requestLayout());
    }

    /**
     * At the width it has (or is offered): the rows of names plus the floor content's least height at that
     * width, so wrapped names and wrapped help lines count. A split pane asks with no width.
     */
    @Override
    protected double computeMinHeight(double width) {
        double w = width > 0 ? width : getWidth();
        if (w <= 0) {
            return super.computeMinHeight(width);
        }
        double inner = w - snappedLeftInset() - snappedRightInset();
        double contentWidth = inner - tabs.snappedLeftInset() - tabs.snappedRightInset();
        return snappedTopInset() + names.prefHeight(inner) + getSpacing()
                + tabs.snappedTopInset() + floor.minHeight(contentWidth) + tabs.snappedBottomInset()
                + snappedBottomInset();
    }
}
