package org.vaeexplorer.ui.tools.anomalies;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.data.ClassNames;
import org.vaeexplorer.ui.fx.I18n;
import org.vaeexplorer.ui.fx.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** The anomaly tool names a dataset's classes as the plane's legend does: in the window's language. */
class AnomalyClassNamesTest {

    @AfterEach
    void english() {
        I18n.use(Language.ENGLISH);
    }

    @Test
    void fashionMnistsGarmentsAreNamedInTheWindowsLanguage() {
        assertThat(AnomalyViewModel.ofClass(ClassNames.FASHION, 1)).isEqualTo("Trouser");

        I18n.use(Language.SIMPLIFIED_CHINESE);

        assertThat(AnomalyViewModel.ofClass(ClassNames.FASHION, 1)).isEqualTo("裤子");
        assertThat(AnomalyViewModel.ofClass(ClassNames.NUMBERED, 3)).isEqualTo("类别 3");
        assertThat(AnomalyViewModel.ofClass(ClassNames.DIGITS, 7)).matches(".*7.*");
    }
}
