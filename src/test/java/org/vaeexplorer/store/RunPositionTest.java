package org.vaeexplorer.store;

import org.junit.jupiter.api.Test;
import org.vaeexplorer.fault.Explained;
import org.vaeexplorer.model.LossParts;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class RunPositionTest {

    @Test
    void whereARunStandsIsCountedAsUsersCountInBothLanguages() {
        RunPosition at = new RunPosition(2, 120, 1320, new LossParts(1, 1), 1920, 1L, 2L);

        assertThat(at.describe()).isEqualTo("epoch 3, minibatch 120");
        assertThat(at.where().toString()).isEqualTo(at.describe());
        assertThat(at.where().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 3 轮、第 120 个小批量");
    }

    @Test
    void aNegativePositionIsAnExplainedValue() {
        Throwable e = catchThrowable(() -> new RunPosition(0, -1, 0, new LossParts(1, 1), 0, 1L, 2L));

        assertThat(e).isInstanceOf(IllegalArgumentException.class).isInstanceOf(Explained.class)
                .hasMessage("a run position cannot be negative: epoch 0, minibatch -1, iteration 0, images 0");
        assertThat(((Explained) e).fault().in(Locale.SIMPLIFIED_CHINESE)).contains("-1").contains("不能为负");
    }
}
