package org.vaeexplorer.ui.training;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.plane.LatentPlaneViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The next run's hyperparameters as typed: one text field each, read as a {@link VaeConfig} after every
 * keystroke, with VaeConfig's own message while the text is not a valid config. The training controls and
 * the β presets fill the same form.
 */
public final class HyperparameterForm {

    private final StringProperty latentSize = new SimpleStringProperty(this, "latentSize");
    private final StringProperty hiddenSizes = new SimpleStringProperty(this, "hiddenSizes");
    private final StringProperty learningRate = new SimpleStringProperty(this, "learningRate");
    private final StringProperty batchSize = new SimpleStringProperty(this, "batchSize");
    private final StringProperty epochs = new SimpleStringProperty(this, "epochs");
    private final StringProperty beta = new SimpleStringProperty(this, "beta");
    private final StringProperty warmupEpochs = new SimpleStringProperty(this, "warmupEpochs");
    private final StringProperty seed = new SimpleStringProperty(this, "seed");
    private final ObjectProperty<Architecture> architecture = new SimpleObjectProperty<>(this, "architecture");
    private final ObjectProperty<Integer> excludedDigit = new SimpleObjectProperty<>(this, "excludedDigit");

    private final ReadOnlyObjectWrapper<VaeConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    private final ReadOnlyStringWrapper validationMessage = new ReadOnlyStringWrapper(this, "validationMessage", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");

    /** The images the config must read: the dataset's (the limits on weights and activations depend on it). */
    private int imageRows = VaeConfig.MNIST_SIDE;
    private int imageCols = VaeConfig.MNIST_SIDE;
    /** Why a run refused the form's config, asked again in each language; null once a field changes. */
    private Supplier<String> refusal;
    /** Its messages are made anew in the language chosen; held here, the language holding it only weakly. */
    private final InvalidationListener languageChanged = o -> validate();

    /** Holds VaeConfig's defaults. */
    public HyperparameterForm() {
        show(VaeConfig.defaults());
        for (StringProperty field : List.of(latentSize, hiddenSizes, learningRate, batchSize, epochs, beta,
                warmupEpochs, seed)) {
            field.addListener((obs, old, now) -> edited());
        }
        architecture.addListener((obs, old, now) -> edited());
        excludedDigit.addListener((obs, old, now) -> edited());
        I18n.languageProperty().addListener(new WeakInvalidationListener(languageChanged));
        validate();
    }

    public StringProperty latentSizeProperty() {
        return latentSize;
    }

    public StringProperty hiddenSizesProperty() {
        return hiddenSizes;
    }

    public StringProperty learningRateProperty() {
        return learningRate;
    }

    public StringProperty batchSizeProperty() {
        return batchSize;
    }

    public StringProperty epochsProperty() {
        return epochs;
    }

    public StringProperty betaProperty() {
        return beta;
    }

    public StringProperty warmupEpochsProperty() {
        return warmupEpochs;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** MLP or convolutional encoder and decoder; a model opened fills it with its own. */
    public ObjectProperty<Architecture> architectureProperty() {
        return architecture;
    }

    /** The class the run leaves out of its training set, to find it as an anomaly later; null for none. */
    public ObjectProperty<Integer> excludedDigitProperty() {
        return excludedDigit;
    }

    /** The form as hyperparameters, or null while it holds something invalid. */
    public ReadOnlyObjectProperty<VaeConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    /** Why the form is invalid (VaeConfig's own message), empty when it is valid. */
    public ReadOnlyStringProperty validationMessageProperty() {
        return validationMessage.getReadOnlyProperty();
    }

    /** A valid form that will not do what it seems to (a warm-up longer than the run); empty otherwise. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Fills the fields with {@code c}. */
    public void show(VaeConfig c) {
        latentSize.set(Integer.toString(c.latentSize()));
        hiddenSizes.set(hiddenText(c.hiddenSizes()));
        learningRate.set(number(c.learningRate()));
        batchSize.set(Integer.toString(c.batchSize()));
        epochs.set(Integer.toString(c.epochs()));
        beta.set(number(c.beta()));
        warmupEpochs.set(number(c.warmupEpochs()));
        seed.set(Long.toString(c.seed()));
        architecture.set(c.architecture());
        excludedDigit.set(c.excludedDigit());
    }

    /** Hidden layer sizes as the form's field shows them: "512, 256". */
    static String hiddenText(List<Integer> sizes) {
        return String.join(", ", sizes.stream().map(String::valueOf).toList());
    }

    /** The configs read from now on are for images of rows x cols. */
    void imageSize(int rows, int cols) {
        if (rows != imageRows || cols != imageCols) {
            imageRows = rows;
            imageCols = cols;
            edited();
        }
    }

    /** A valid config that a run refused anyway (e.g. a checkpoint it cannot continue): says why, in each language. */
    void refused(Supplier<String> reason) {
        refusal = reason;
        validationMessage.set(refusalMessage());
    }

    /** The refusal in the window's language, or empty. */
    private String refusalMessage() {
        return refusal == null ? "" : I18n.text("training.form.refused", refusal.get());
    }

    private void edited() {
        refusal = null;
        validate();
    }

    private void validate() {
        try {
            VaeConfig c = new VaeConfig(imageRows, imageCols, parseSizes(hiddenSizes.get()),
                    parseInt("training.name.latent", latentSize.get()),
                    parseDouble("training.name.learningRate", learningRate.get()),
                    parseInt("training.name.batch", batchSize.get()), parseInt("training.name.epochs", epochs.get()),
                    parseDouble("training.name.beta", beta.get()), parseDouble("training.name.warmup", warmupEpochs.get()),
                    parseLong("training.name.seed", seed.get()), architecture.get(), excludedDigit.get());
            validationMessage.set(refusalMessage());
            warning.set(warningFor(c));
            config.set(c);
        } catch (FormException e) {
            validationMessage.set(capitalize(e.getMessage()));
            warning.set("");
            config.set(null);
        } catch (IllegalArgumentException e) {
            // VaeConfig's own limits, worded in the window's language
            validationMessage.set(I18n.text("training.form.invalid", capitalize(I18n.detail(e))));
            warning.set("");
            config.set(null);
        }
    }

    /**
     * β ramps up over the warm-up (VaeConfig.betaAt), so a warm-up as long as the run or longer ends the run
     * before β has reached its value: the loss trained is never the ELBO asked for.
     */
    static String warningFor(VaeConfig c) {
        if (c.warmupEpochs() <= 0 || c.warmupEpochs() < c.epochs()) {
            return "";
        }
        return I18n.text("training.form.warmupTooLong", number(c.warmupEpochs()), c.epochs(), number(c.beta()),
                c.betaAt(c.epochs()), number(c.warmupEpochs()));
    }

    static List<Integer> parseSizes(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new FormException(I18n.text("training.form.noHiddenSizes"));
        }
        List<Integer> sizes = new ArrayList<>();
        for (String part : trimmed.split("[,\\s]+")) {
            sizes.add(parseInt("training.name.hidden", part));
        }
        return sizes;
    }

    /** A field that does not read as a number: the message names it in the window's language. */
    private static final class FormException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        FormException(String message) {
            super(message);
        }
    }

    /** @param name the key of the field's name */
    private static int parseInt(String name, String text) {
        return (int) parseWhole(name, text, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    private static long parseLong(String name, String text) {
        return parseWhole(name, text, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static long parseWhole(String name, String text, long min, long max) {
        try {
            long value = Long.parseLong(text.trim());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException | NullPointerException e) {
            throw new FormException(I18n.text("training.form.notWhole", I18n.text(name), text));
        }
    }

    private static double parseDouble(String name, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new FormException(I18n.text("training.form.notNumber", I18n.text(name), text));
        }
    }

    /** As typed by hand: "0.001", not "1e-3" (the form is edited, not read). */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return Long.toString((long) value);
        }
        return Double.toString(value).replace("E", "e");
    }

    /** "MLP" or "Convolutional", in the window's language. */
    static String networksName(Architecture a) {
        return I18n.text(a == Architecture.CONVOLUTIONAL ? "training.networks.conv" : "training.networks.mlp");
    }

    /**
     * The Leave out choice's name of class {@code c}: "The 3s" for digits; for other data the name the plane's
     * legend gives it ("Trouser", "class 3"), as "The 1s" would mean nothing for Fashion-MNIST's trousers.
     */
    static String leftOutName(ClassNames names, int c) {
        return names.digits() ? I18n.text("training.leaveOut.digit", c) : LatentPlaneViewModel.className(names, c);
    }

    static String capitalize(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
