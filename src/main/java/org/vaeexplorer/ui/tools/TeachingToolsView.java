package org.vaeexplorer.ui.tools;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Tab;
import javafx.scene.layout.Region;
import org.vaeexplorer.ui.tools.anomalies.AnomalyView;
import org.vaeexplorer.ui.tools.dimensions.LatentDimensionsView;
import org.vaeexplorer.ui.tools.draw.DrawingPadView;
import org.vaeexplorer.ui.tools.interpolate.InterpolationView;
import org.vaeexplorer.ui.tools.network.NetworkView;
import org.vaeexplorer.ui.tools.repair.RepairView;
import org.vaeexplorer.ui.fx.Tabs;

import java.util.List;

/**
 * The teaching tools as tabs: each tool's content scrolls when the window is small, and a tool computes only
 * while its tab is selected.
 */
public final class TeachingToolsView {

    private TeachingToolsView() {
    }

    /** @param large true on screens tall enough for larger digits */
    public static List<Tab> tabs(TeachingTools tools, boolean large) {
        int small = large ? 3 : 2;
        return List.of(
                tab("tab.draw", "drawTab", new DrawingPadView(tools.drawing(), large ? 8 : 5), tools.drawing().activeProperty()),
                tab("tab.interpolate", "interpolateTab", new InterpolationView(tools.interpolation(), small + 1),
                        tools.interpolation().activeProperty()),
                tab("tab.repair", "repairTab", new RepairView(tools.repair(), large ? 6 : 5), tools.repair().activeProperty()),
                tab("tab.dimensions", "dimensionsTab", new LatentDimensionsView(tools.dimensions(), small),
                        tools.dimensions().activeProperty()),
                tab("tab.anomalies", "anomalyTab", new AnomalyView(tools.anomalies(), small),
                        tools.anomalies().activeProperty()),
                tab("tab.network", "networkTab", new NetworkView(tools.network(), small + 1), tools.network().activeProperty()));
    }

    /** @param active the tool's property that follows whether its tab is selected */
    private static Tab tab(String titleKey, String id, Region content, BooleanProperty active) {
        Tab tab = Tabs.lazy(titleKey, Tabs.scrolling(content), id);
        active.bind(tab.selectedProperty());
        return tab;
    }
}
