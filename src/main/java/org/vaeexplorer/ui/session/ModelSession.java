package org.vaeexplorer.ui.session;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.data.DatasetFingerprint;
import org.vaeexplorer.data.DatasetLoader;
import org.vaeexplorer.model.NativeRuntime;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.store.ModelFile;
import org.vaeexplorer.store.ModelFileException;
import org.vaeexplorer.store.ModelStore;
import org.vaeexplorer.store.TrainingHistory;
import org.vaeexplorer.ui.fx.BackgroundExecutor;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The model and the dataset the window works with: opening, creating and saving models, opening datasets, and
 * what happens when the two read images of different sizes. Files are read and written off the UI thread;
 * {@link #busyProperty()} is true meanwhile.
 */
public final class ModelSession {

    /** What the rest of the window does as the session changes, on the UI thread. */
    public interface Screen {
        /** {@code m} replaces the model: called before the model property changes, so its listeners see a finished window. */
        void modelArriving(CurrentModel m);

        /** {@code d} replaces the dataset: called before the data property changes. */
        void dataArriving(Dataset d);

        /** The dataset is on screen and the model reads its images. */
        void dataShown();
    }

    private final BackgroundExecutor executor;
    private final SaveTarget saveTarget;
    private final Consumer<Supplier<String>> message;
    private final Consumer<UserError> error;
    private final Screen screen;

    private final ReadOnlyObjectWrapper<CurrentModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<Dataset> data = new ReadOnlyObjectWrapper<>(this, "data");
    /** The status bar's two lines, made anew in the language of the moment whenever it changes. */
    private final ReadOnlyObjectWrapper<Supplier<String>> modelLine =
            new ReadOnlyObjectWrapper<>(this, "modelLine", () -> I18n.text("session.model.loading"));
    private final ReadOnlyObjectWrapper<Supplier<String>> dataLine =
            new ReadOnlyObjectWrapper<>(this, "dataLine", () -> I18n.text("session.data.loading"));
    private final StringBinding modelStatus = I18n.bind(() -> modelLine.get().get(), modelLine);
    private final StringBinding dataStatus = I18n.bind(() -> dataLine.get().get(), dataLine);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param shippedModel the model that ships with the app, never overwritten (null: none)
     * @param message      takes notes for the user (opened, saved ...)
     * @param error        takes errors to show in a dialog
     */
    public ModelSession(BackgroundExecutor executor, Path shippedModel, Consumer<Supplier<String>> message,
                        Consumer<UserError> error, Screen screen) {
        this.executor = Objects.requireNonNull(executor);
        this.saveTarget = new SaveTarget(shippedModel);
        this.message = Objects.requireNonNull(message);
        this.error = Objects.requireNonNull(error);
        this.screen = Objects.requireNonNull(screen);
    }

    public ReadOnlyObjectProperty<CurrentModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Dataset> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** The status bar's model line, in the current language. */
    public StringBinding modelStatusProperty() {
        return modelStatus;
    }

    /** The status bar's data line, in the current language. */
    public StringBinding dataStatusProperty() {
        return dataStatus;
    }

    /** True while a file is being read or written, or a model created. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The status bar's model line, "Model: " and {@code text} (in the language of the moment), while a run changes the model. */
    public void describeModel(Supplier<String> text) {
        modelLine.set(() -> I18n.text("session.model", text.get()));
    }

    /**
     * Opens the start-up model, or an untrained one if there is none, then the dataset: the dataset waits for
     * the model, since on two cores reading it meanwhile only delays the moment the point can be dragged, and
     * the plane needs both anyway.
     *
     * @param file the model to open; null for an untrained model
     */
    public void openAtStartup(Path file, Callable<Dataset> dataSource) {
        model.addListener(new ChangeListener<CurrentModel>() {
            @Override
            public void changed(ObservableValue<? extends CurrentModel> obs, CurrentModel old, CurrentModel now) {
                if (now != null) {
                    model.removeListener(this);
                    loadData(dataSource);
                }
            }
        });
        if (file == null) {
            replaceWithFreshModel(VaeConfig.defaults());
        } else if (!Files.exists(file)) {
            replaceWithFreshModel(VaeConfig.defaults());
            message.accept(() -> I18n.text("session.noModel", file));
        } else {
            load(file, true, String.valueOf(file.getFileName()), () -> { });
        }
    }

    private void loadData(Callable<Dataset> source) {
        executor.submit(source, d -> showData(d, false), e -> {
            dataLine.set(() -> I18n.text("session.data.none", I18n.detail(e)));
            error.accept(new UserError(I18n.text("session.error.loadDataset"), I18n.detail(e)));
        });
    }

    /**
     * Opens the dataset in folder {@code dir}. A model that reads images of another size is replaced by an
     * untrained one of the right size. On failure nothing changes and the error says what is wrong.
     */
    public void openDataset(Path dir) {
        busy.set(true);
        message.accept(() -> I18n.text("session.openingDataset", dir.getFileName()));
        executor.submit(() -> DatasetLoader.load(dir), d -> {
            busy.set(false);
            message.accept(() -> I18n.text("session.openedDataset", dir.toAbsolutePath()));
            showData(d, true);
        }, e -> {
            busy.set(false);
            message.accept(() -> "");
            error.accept(new UserError(I18n.text("session.error.openDataset"),
                    I18n.text("session.error.datasetKept", I18n.detail(e))));
        });
    }

    /**
     * Opens model {@code file} under {@code name}; on failure the current model stays and the error is shown.
     *
     * @param atStartup on failure, an untrained model takes the place of the one that could not be read
     * @param then      runs on the UI thread once the model is on screen
     */
    public void load(Path file, boolean atStartup, String name, Runnable then) {
        busy.set(true);
        message.accept(() -> I18n.text("session.opening", file.getFileName()));
        executor.submit(() -> checkedLoad(file), loaded -> {
            busy.set(false);
            message.accept(() -> I18n.text("session.opened", file.toAbsolutePath()));
            show(new CurrentModel(loaded, name, file));
            then.run();
        }, e -> {
            busy.set(false);
            message.accept(() -> "");
            error.accept(new UserError(I18n.text("session.error.openModel"), I18n.text(
                    atStartup ? "session.error.untrainedInstead" : "session.error.modelKept", I18n.detail(e))));
            if (atStartup && model.get() == null) {
                replaceWithFreshModel(VaeConfig.defaults());
            }
        });
    }

    /** Reset, or no model to open: an untrained network, created off the UI thread. */
    public void replaceWithFreshModel(VaeConfig config) {
        busy.set(true);
        executor.submit(() -> {
            Vae vae = Vae.create(config);
            return new ModelFile(config, vae.snapshotParams(), null, TrainingHistory.EMPTY);
        }, fresh -> {
            show(new CurrentModel(fresh, () -> I18n.text("session.model.untrained"), null));
            busy.set(false);
        }, e -> {
            busy.set(false);
            error.accept(new UserError(I18n.text("session.error.createModel"), I18n.detail(e)));
        });
    }

    /** A run's model becomes the current one; the window shows its parameters itself. */
    public void adopt(CurrentModel trained) {
        model.set(trained);
        describeModel(trained::describe);
    }

    /** Saves the current model to {@code file} (".zip" added if missing); never over the shipped model. */
    public void saveAs(Path file) {
        CurrentModel current = model.get();
        if (current == null) {
            return;
        }
        Path target = SaveTarget.withZipExtension(file);
        if (saveTarget.isShippedModel(target)) {
            error.accept(new UserError(I18n.text("session.error.shippedTitle"), I18n.text("session.error.shipped", target)));
            return;
        }
        busy.set(true);
        message.accept(() -> I18n.text("session.saving", target.getFileName()));
        executor.submit(() -> {
            ModelStore.save(target, current.file());
            return target;
        }, saved -> {
            if (model.get() == current) { // same weights, now with a file name: the curves stay as they are
                CurrentModel named = new CurrentModel(current.file(), saved.getFileName().toString(), saved);
                describeModel(named::describe);
                model.set(named);
            }
            busy.set(false);
            message.accept(() -> I18n.text("session.saved", saved.toAbsolutePath()));
        }, e -> {
            busy.set(false);
            message.accept(() -> "");
            error.accept(new UserError(I18n.text("session.error.saveModel"), I18n.detail(e)));
        });
    }

    // ---- internals -----------------------------------------------------------------------------------

    private void show(CurrentModel m) {
        screen.modelArriving(m);
        describeModel(m::describe);
        model.set(m);
    }

    private ModelFile checkedLoad(Path file) throws IOException {
        // ModelStore.load creates ND4J arrays: the native build must be chosen first, or ND4J may load one
        // this CPU cannot run (seen: the AVX-512 build on an AVX2 machine, SIGILL).
        NativeRuntime.configure();
        ModelFile loaded = ModelStore.load(file);
        Dataset d = data.get(); // read once; a data set appearing meanwhile is checked when it arrives
        if (d != null && !loaded.config().readsImagesOf(d)) {
            throw new ModelFileException(file, loaded.config().imageSizeMismatch(d));
        }
        return loaded;
    }

    /** @param replaceMismatched a model reading images of another size gives way to an untrained one that fits */
    private void showData(Dataset d, boolean replaceMismatched) {
        screen.dataArriving(d);
        data.set(d);
        dataLine.set(() -> I18n.text("session.data", d.name(), d.train().count(), d.test().count(), d.rows(), d.cols()));
        CurrentModel m = model.get();
        if (m != null && !m.config().readsImagesOf(d)) {
            String size = m.config().imageRows() + "x" + m.config().imageCols();
            if (replaceMismatched) {
                message.accept(() -> I18n.text("session.sizeReplaced", size, d.name(), d.rows(), d.cols()));
                replaceWithFreshModel(m.config().withImageSize(d.rows(), d.cols()));
            } else if (m.path() == null && m.history().epochCount() == 0) {
                replaceWithFreshModel(m.config().withImageSize(d.rows(), d.cols()));
            } else {
                message.accept(() -> I18n.text("session.sizeDiffers", size, d.rows(), d.cols()));
            }
            return;
        }
        if (replaceMismatched && m != null && m.history().epochCount() > 0 && !trainedOn(m, d)) {
            // Kept on purpose: an MNIST model encoding Fashion-MNIST is a fine out-of-distribution demo, if it is said.
            message.accept(() -> I18n.text("session.otherImages", d.name(), d.name()));
        }
        screen.dataShown();
    }

    /** True when the model's file records training on exactly these images (same fingerprint). */
    private static boolean trainedOn(CurrentModel m, Dataset d) {
        return m.file().setup() != null && DatasetFingerprint.of(d).equals(m.file().setup().data());
    }
}
