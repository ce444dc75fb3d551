package org.vaeexplorer.analysis;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.data.ImageSet;
import org.vaeexplorer.testing.SyntheticImages;
import org.vaeexplorer.model.ImageMatrix;
import org.vaeexplorer.model.Vae;
import org.vaeexplorer.model.VaeConfig;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AnomalyRankingTest {

    private static final VaeConfig C = new VaeConfig(5, 5, List.of(8), 2, 1e-3, 8, 1, 1.0, 0, 5);

    @Test
    void leastLikelyFirstInTheOrderOfTheReconstructionLogProbability() {
        Vae vae = Vae.create(C);
        ImageSet set = SyntheticImages.images(40, 5, 5, 7);
        int[] all = AnomalyRanking.indicesOf(set, -1);

        List<AnomalyRanking.Entry> ranked = AnomalyRanking.rank(vae, set, all, 3, 11);

        Nd4j.getRandom().setSeed(11);
        float[] direct = ImageMatrix.toFloats(vae.reconstructionLogProbability(ImageMatrix.of(set, all), 3));
        assertThat(ranked).hasSize(40);
        assertThat(ranked.stream().map(AnomalyRanking.Entry::index).distinct().count()).isEqualTo(40);
        for (int i = 0; i < ranked.size(); i++) {
            AnomalyRanking.Entry e = ranked.get(i);
            assertThat(e.logProbability()).isCloseTo(direct[e.index()], within(1e-4));
            assertThat(e.label()).isEqualTo(set.label(e.index()));
            if (i > 0) {
                assertThat(e.logProbability()).isGreaterThanOrEqualTo(ranked.get(i - 1).logProbability());
            }
        }
        assertThat(ranked.get(0).logProbability()).isLessThan(ranked.get(39).logProbability());
    }

    @Test
    void sameSeedSameRankingAndAClassFilter() {
        Vae vae = Vae.create(C);
        ImageSet set = SyntheticImages.images(40, 5, 5, 7);
        int[] threes = AnomalyRanking.indicesOf(set, 3);

        assertThat(threes).isNotEmpty();
        assertThat(java.util.Arrays.stream(threes).map(set::label)).containsOnly(3);
        assertThat(AnomalyRanking.rank(vae, set, threes, 2, 5)).isEqualTo(AnomalyRanking.rank(vae, set, threes, 2, 5));
    }

    /** Progress is told after every chunk, so a long scoring shows it; many draws score fewer images at once. */
    @Test
    void scoringReportsItsProgressChunkByChunk() {
        Vae vae = Vae.create(C);
        ImageSet set = SyntheticImages.images(2500, 5, 5, 7);
        int[] all = AnomalyRanking.indicesOf(set, -1);
        List<Integer> told = new java.util.ArrayList<>();

        List<AnomalyRanking.Entry> ranked = AnomalyRanking.rank(vae, set, all, 16, 11, told::add);

        assertThat(ranked).hasSize(2500);
        assertThat(told).containsExactly(1000, 2000, 2500);
        assertThat(AnomalyRanking.rowsPerChunk(16)).isEqualTo(AnomalyRanking.CHUNK);
        assertThat(AnomalyRanking.rowsPerChunk(1000)).isEqualTo(16);
        assertThat(AnomalyRanking.rowsPerChunk(Integer.MAX_VALUE)).isEqualTo(1);
    }
}
