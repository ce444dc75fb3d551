package org.vaeexplorer.ui.fx;

import java.util.Locale;

/** The languages the window speaks, each named in itself (a menu of them is read by someone who may not read the other). */
public enum Language {
    ENGLISH(Locale.ENGLISH, "English"),
    SIMPLIFIED_CHINESE(Locale.SIMPLIFIED_CHINESE, "\u7b80\u4f53\u4e2d\u6587");

    private final Locale locale;
    private final String ownName;

    Language(Locale locale, String ownName) {
        this.locale = locale;
        this.ownName = ownName;
    }

    public Locale locale() {
        return locale;
    }

    /** "English", "简体中文". */
    public String ownName() {
        return ownName;
    }

    /** A BCP 47 tag, as remembered in the settings: "en", "zh-CN". */
    public String tag() {
        return locale.toLanguageTag();
    }

    /** The language of an operating system's locale: Chinese for any Chinese locale, English otherwise. */
    public static Language of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }

    /** The language with this {@link #tag()}, or null for a tag no language has. */
    public static Language ofTag(String tag) {
        for (Language language : values()) {
            if (language.tag().equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return null;
    }
}
