package org.vaeexplorer.ui.tools;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;
import org.vaeexplorer.ui.tools.anomalies.AnomalyViewModel;
import org.vaeexplorer.ui.tools.dimensions.LatentDimensionsViewModel;
import org.vaeexplorer.ui.tools.draw.DrawingPadViewModel;
import org.vaeexplorer.ui.tools.interpolate.InterpolationViewModel;
import org.vaeexplorer.ui.tools.network.NetworkViewModel;
import org.vaeexplorer.ui.tools.repair.RepairViewModel;

import java.util.concurrent.Executor;

/**
 * The teaching tools' view models, wired to the latent plane and the dataset. The interactive tools share
 * one confined thread (each with its own network on it); ranking, which takes seconds, has its own.
 */
public final class TeachingTools {

    private final DrawingPadViewModel drawing;
    private final InterpolationViewModel interpolation;
    private final AnomalyViewModel anomalies;
    private final RepairViewModel repair;
    private final LatentDimensionsViewModel dimensions;
    private final NetworkViewModel network;

    public TeachingTools(LatentPlaneViewModel plane, ReadOnlyObjectProperty<Dataset> data, BackgroundExecutor executor) {
        Executor tools = executor.newConfinedThread("vae-tools");
        drawing = new DrawingPadViewModel(plane, executor, tools);
        interpolation = new InterpolationViewModel(plane, data, executor, tools);
        repair = new RepairViewModel(plane, data, executor, tools);
        dimensions = new LatentDimensionsViewModel(plane, executor, tools);
        network = new NetworkViewModel(plane, data, executor, tools);
        anomalies = new AnomalyViewModel(plane, data, executor, executor.newConfinedThread("vae-anomalies"));
    }

    public DrawingPadViewModel drawing() {
        return drawing;
    }

    public InterpolationViewModel interpolation() {
        return interpolation;
    }

    public AnomalyViewModel anomalies() {
        return anomalies;
    }

    public RepairViewModel repair() {
        return repair;
    }

    public LatentDimensionsViewModel dimensions() {
        return dimensions;
    }

    public NetworkViewModel network() {
        return network;
    }
}
