package org.vaeexplorer.ui.lesson;

/**
 * The lesson's steps, in the order of the README's lesson (the tutorial's): what each sets up in the window
 * before it says what to look at. Its title and words are {@code lesson.<id>.title} and {@code lesson.<id>.text}
 * in the bundles; each step opens a shipped model, so a step shows the same whichever came before it.
 */
public enum LessonStep {
    AUTOENCODER("autoencoder", Models.LATENT_2, "interpolateTab", null, true),
    LOSSES("losses", Models.LATENT_2, "networkTab", null, false),
    TRAINING("training", Models.LATENT_2, "lossTab", "STANDARD", false),
    LATENT_SIZE("latentSize", Models.LATENT_20, "dimensionsTab", null, false),
    BETA("beta", Models.LATENT_2, "runsTab", "COLLAPSE", false),
    BLUR("blur", Models.CONV_LATENT_2, "samplesTab", null, true),
    EVALUATION("evaluation", Models.LATENT_2, "evaluateTab", null, false),
    USES("uses", Models.LATENT_20, "anomalyTab", null, false);

    private final String id;
    private final String model;
    private final String tab;
    private final String preset;
    private final boolean manifold;

    LessonStep(String id, String model, String tab, String preset, boolean manifold) {
        this.id = id;
        this.model = model;
        this.tab = tab;
        this.preset = preset;
        this.manifold = manifold;
    }

    /** The bundle key of its title. */
    public String titleKey() {
        return "lesson." + id + ".title";
    }

    /** The bundle key of its two or three sentences on what to look at. */
    public String textKey() {
        return "lesson." + id + ".text";
    }

    /** The file name of the shipped model it opens. */
    public String model() {
        return model;
    }

    /** The id of the tab it selects. */
    public String tab() {
        return tab;
    }

    /** The name of the preset it puts in the training form, or null. */
    public String preset() {
        return preset;
    }

    /** Whether the manifold grid lies over the plane. */
    public boolean manifold() {
        return manifold;
    }

    /** The file names of the models that ship with the app (models/, see README "Shipped models"). */
    private static final class Models {
        static final String LATENT_2 = "mnist-latent2.zip";
        static final String LATENT_20 = "mnist-latent20.zip";
        static final String CONV_LATENT_2 = "mnist-conv-latent2.zip";
    }
}
