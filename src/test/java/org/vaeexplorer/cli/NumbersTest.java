package org.vaeexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.LossParts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class NumbersTest {

    @Test
    void lossesHaveTwoDecimals() {
        assertThat(Numbers.lossParts(new LossParts(155.006, 5.5))).isEqualTo("160.51 = 155.01 recon + 5.50 KL");
    }

    @Test
    void durations() {
        assertThat(Numbers.duration(7.4)).isEqualTo("0:07");
        assertThat(Numbers.duration(754)).isEqualTo("12:34");
        assertThat(Numbers.duration(3723)).isEqualTo("1:02:03");
        assertThat(Numbers.duration(Double.POSITIVE_INFINITY)).isEqualTo("?");
    }

    @Test
    void textTableAlignsValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("epoch_seconds", 12.345);
        values.put("threads", 1);
        values.put("nd4j_extension", "");

        java.io.StringWriter text = new java.io.StringWriter();
        TextTable.of(values).print(new java.io.PrintWriter(text, true));

        assertThat(text.toString().lines().toList()).containsExactly(
                "epoch_seconds   12.35",
                "threads         1",
                "nd4j_extension  -");
    }

    @Test
    void jsonKeepsTheOrderOfInsertion() {
        String json = new JsonReport().put("z", 1).put("a", List.of(2, 3)).loss("test", null).toJson();

        assertThat(json).isEqualTo("{\"z\":1,\"a\":[2,3],\"test_neg_elbo\":null,\"test_recon\":null,\"test_kl\":null}");
    }
}
