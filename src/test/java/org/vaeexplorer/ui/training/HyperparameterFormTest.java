package org.vaeexplorer.ui.training;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.VaeConfig;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's networks: a convolutional model opened fills it, so Train continues that model, not a new MLP. */
class HyperparameterFormTest {

    @Test
    void aModelsArchitectureFillsTheFormAndTheFormBuildsIt() {
        HyperparameterForm form = new HyperparameterForm();
        assertThat(form.configProperty().get().architecture()).isEqualTo(Architecture.MLP);

        VaeConfig conv = VaeConfig.defaults().withArchitecture(Architecture.CONVOLUTIONAL).withHiddenSizes(java.util.List.of(256));
        form.show(conv);

        assertThat(form.architectureProperty().get()).isEqualTo(Architecture.CONVOLUTIONAL);
        assertThat(form.configProperty().get()).isEqualTo(conv);
        assertThat(form.configProperty().get().sameNetwork(conv)).isTrue();
    }

    @Test
    void choosingTheNetworksChangesTheNextRunsConfig() {
        HyperparameterForm form = new HyperparameterForm();

        form.architectureProperty().set(Architecture.CONVOLUTIONAL);

        assertThat(form.configProperty().get().architecture()).isEqualTo(Architecture.CONVOLUTIONAL);
        assertThat(form.validationMessageProperty().get()).isEmpty();
    }
}
