package org.vaeexplorer.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageSetWithoutTest {

    @Test
    void withoutAClassKeepsEveryOtherImageInOrder() {
        byte[] pixels = {10, 11, 20, 21, 30, 31, 40, 41};
        ImageSet set = new ImageSet(4, 1, 2, pixels, new byte[] {1, 3, 1, 2});

        ImageSet without = set.without(1);

        assertThat(set.countOf(1)).isEqualTo(2);
        assertThat(without.count()).isEqualTo(2);
        assertThat(without.labels()).containsExactly(3, 2);
        assertThat(without.pixels()).containsExactly(20, 21, 40, 41);
        assertThat(set.without(7).pixels()).containsExactly(pixels);
    }
}
