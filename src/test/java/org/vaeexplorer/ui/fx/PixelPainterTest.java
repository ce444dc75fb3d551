package org.vaeexplorer.ui.fx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import org.vaeexplorer.analysis.GreyImages;

/** Nearest-neighbour painting of grey images: crisp blocks, clipped to the buffer. */
class PixelPainterTest {

    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    /** A 2x2 checkerboard: white, black / black, white. */
    private static final GreyImages CHECKER = new GreyImages(1, 2, 2, new float[] {1, 0, 0, 1});

    @Test
    void eachSourcePixelBecomesABlock() {
        int[] buffer = new int[4 * 4];

        PixelPainter.paintTile(buffer, 4, 4, 4, CHECKER, 0, 0, 0, 4, 4);

        assertThat(buffer).containsExactly(
                WHITE, WHITE, BLACK, BLACK,
                WHITE, WHITE, BLACK, BLACK,
                BLACK, BLACK, WHITE, WHITE,
                BLACK, BLACK, WHITE, WHITE);
    }

    @Test
    void tilesAreClippedToTheBuffer() {
        int[] buffer = new int[3 * 3];

        PixelPainter.paintTile(buffer, 3, 3, 3, CHECKER, 0, -2, 1, 4, 4); // only the right half shows, from row 1

        assertThat(buffer).containsExactly(
                0, 0, 0,
                BLACK, BLACK, 0,
                BLACK, BLACK, 0);
    }

    @Test
    void intensitiesAreClampedGreyLevels() {
        assertThat(PixelPainter.grey(-0.5f)).isEqualTo(BLACK);
        assertThat(PixelPainter.grey(2f)).isEqualTo(WHITE);
        assertThat(PixelPainter.grey(0.5f)).isEqualTo(0xFF808080);
    }
}
