package org.vaeexplorer.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.vaeexplorer.data.InstallFolder;
import org.vaeexplorer.store.UserFolder;

/**
 * What the window starts with.
 *
 * @param modelFile   the model to open at start; null, or a missing file, opens a fresh untrained model
 * @param shippedModel the model that ships with the app: Save As never overwrites it
 * @param modelFolder where Open and Save As start browsing
 * @param data        the dataset to show and train on
 * @param runsFolder  where every training run is kept, one model file per run
 * @param settings    what the window remembers between launches (the first-launch hint)
 */
public record Setup(Path modelFile, Path shippedModel, Path modelFolder, DataSource data, Path runsFolder,
        UiSettings settings) {

    /** The model that ships with the app, relative to where it is installed (InstallFolder). */
    public static final Path SHIPPED_MODEL = Path.of("models", "mnist-latent2.zip");

    public Setup {
        Objects.requireNonNull(modelFolder, "modelFolder");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(runsFolder, "runsFolder");
        Objects.requireNonNull(settings, "settings");
    }

    /** Settings remembered only while the window is open (tests, benchmarks): the first-launch hint shows. */
    public Setup(Path modelFile, Path shippedModel, Path modelFolder, DataSource data, Path runsFolder) {
        this(modelFile, shippedModel, modelFolder, data, runsFolder, UiSettings.inMemory());
    }

    /** Runs kept in {@code modelFolder/runs} (tests and benchmarks, whose model folder is a temporary one). */
    public Setup(Path modelFile, Path shippedModel, Path modelFolder, DataSource data) {
        this(modelFile, shippedModel, modelFolder, data, modelFolder.resolve("runs"));
    }

    /** The same set-up keeping its runs in {@code folder}. */
    public Setup withRunsFolder(Path folder) {
        return new Setup(modelFile, shippedModel, modelFolder, data, folder, settings);
    }

    /** The same set-up remembering its settings in {@code settings}. */
    public Setup withSettings(UiSettings settings) {
        return new Setup(modelFile, shippedModel, modelFolder, data, runsFolder, settings);
    }

    /**
     * The window as a student opens it: the shipped model (or the given one) and bundled MNIST (or the given
     * folder), read from where the app is installed; runs, the student's own models and the window's
     * settings in the per-user folder.
     */
    public static Setup standard(Path modelOrNull, Path dataDirOrNull) {
        Path shipped = InstallFolder.find(SHIPPED_MODEL).orElse(SHIPPED_MODEL);
        Path model = modelOrNull != null ? modelOrNull : shipped;
        Path myModels = UserFolder.models();
        try {
            Files.createDirectories(myModels); // so that Open and Save As can start there
        } catch (IOException | RuntimeException e) {
            myModels = shipped.toAbsolutePath().getParent();
        }
        return new Setup(model, shipped, myModels,
                dataDirOrNull != null ? DataSource.folder(dataDirOrNull) : DataSource.bundledMnist(), UserFolder.runs(),
                UiSettings.inUserFolder());
    }
}
