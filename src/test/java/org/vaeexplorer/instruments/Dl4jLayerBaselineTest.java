package org.vaeexplorer.instruments;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.Dataset;
import org.vaeexplorer.model.Architecture;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.testing.TestModels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** DL4J's own training path on the tiny data: it reports every epoch, it learns, and a seed repeats it exactly. */
class Dl4jLayerBaselineTest {

    private static final Dataset DATA = TestModels.tinyData();

    private static List<Map<String, Object>> epochs(VaeConfig config) {
        List<Map<String, Object>> seen = new ArrayList<>();
        Dl4jLayerBaseline.run(DATA, config, seen::add);
        return seen;
    }

    private static double value(Map<String, Object> epoch, String key) {
        return ((Number) epoch.get(key)).doubleValue();
    }

    @Test
    void eachEpochReportsItsSecondsAndTestLossAndTheLossFalls() {
        List<Map<String, Object>> seen = epochs(TestModels.tinyConfig(2, 4));

        assertThat(seen).extracting(e -> e.get("epoch")).containsExactly(1, 2, 3, 4);
        for (Map<String, Object> epoch : seen) {
            assertThat(value(epoch, "seconds")).isPositive();
            assertThat(value(epoch, "test_neg_elbo"))
                    .isCloseTo(value(epoch, "reconstruction") + value(epoch, "kl"), within(1e-9));
        }
        assertThat(value(seen.get(3), "test_neg_elbo")).as("DL4J's path trained the model")
                .isLessThan(value(seen.get(0), "test_neg_elbo") - 1);
    }

    @Test
    void theSameSeedGivesTheSameLossesAndAnotherSeedOthers() {
        double first = value(epochs(TestModels.tinyConfig(2, 1)).get(0), "test_neg_elbo");

        assertThat(value(epochs(TestModels.tinyConfig(2, 1)).get(0), "test_neg_elbo")).isEqualTo(first);
        assertThat(value(epochs(TestModels.tinyConfig(2, 1).withSeed(99)).get(0), "test_neg_elbo")).isNotEqualTo(first);
    }

    @Test
    void theConvolutionalModelHasNoDl4jLayerPath() {
        VaeConfig conv = TestModels.tinyConfig(2, 1).withArchitecture(Architecture.CONVOLUTIONAL);

        assertThatThrownBy(() -> epochs(conv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MLP");
    }
}
