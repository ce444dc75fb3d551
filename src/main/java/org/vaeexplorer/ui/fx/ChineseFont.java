package org.vaeexplorer.ui.fx;

import javafx.scene.Parent;
import javafx.scene.text.Font;

import java.util.List;
import java.util.Optional;

/**
 * A font with the Chinese characters, named on the window's root while the language is Chinese: the platform's
 * default UI font has none, and whether JavaFX falls back to one by itself differs by OS. One that every
 * classroom laptop has: Windows' Microsoft YaHei, macOS' PingFang SC, on Linux Noto Sans CJK (Debian and
 * Ubuntu: {@value #LINUX_PACKAGE}) or WenQuanYi.
 */
public final class ChineseFont {

    /** The Debian and Ubuntu package that brings one of {@link #FAMILIES}. */
    public static final String LINUX_PACKAGE = "fonts-noto-cjk";

    static final List<String> FAMILIES = List.of("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Hiragino Sans GB", "SimHei");

    private ChineseFont() {
    }

    /** The first of {@link #FAMILIES} installed here, if any. */
    public static Optional<String> family() {
        List<String> installed = Font.getFamilies();
        return FAMILIES.stream().filter(installed::contains).findFirst();
    }

    /** Keeps {@code root}'s font family on a Chinese font while the language is Chinese, the default otherwise. */
    public static void follow(Parent root) {
        Runnable apply = () -> root.setStyle(I18n.language() == Language.SIMPLIFIED_CHINESE
                ? family().map(f -> "-fx-font-family: \"" + f + "\";").orElse("") : "");
        I18n.onChange(root, apply);
        apply.run();
    }
}
