package io.dupliwatch.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the web UI and of notifications: a BCP 47 tag, whose {@link Locale} names the message bundle
 * ({@code pt-BR} → {@code messages_pt_BR.properties}, {@code zh-Hans} → {@code messages_zh_Hans.properties}), and
 * the language's name in itself, as the language menu lists it, and the locale of its dates and numbers when the
 * reader's region is unknown (a region, since the first day of the week depends on it). Adding a language is its
 * bundle plus a line here.
 */
public enum Language {

    EN("en", "English", "en"),
    DE("de", "Deutsch", "de-DE"),
    FR("fr", "Français", "fr-FR"),
    ES("es", "Español", "es-ES"),
    PT_BR("pt-BR", "Português (Brasil)", "pt-BR"),
    IT("it", "Italiano", "it-IT"),
    NL("nl", "Nederlands", "nl-NL"),
    ZH_HANS("zh-Hans", "简体中文", "zh-CN"),
    /** Formatted as en-IN: Java and browsers write Hindi dates in Devanagari, which this Latin-script UI is not. */
    HI_LATN("hi-Latn", "Hindi (Roman)", "en-IN");

    private final String tag;
    private final String ownName;
    private final Locale locale;
    private final Locale formats;

    Language(String tag, String ownName, String formats) {
        this.tag = tag;
        this.ownName = ownName;
        this.locale = Locale.forLanguageTag(tag);
        this.formats = Locale.forLanguageTag(formats);
    }

    /** The tag as written in settings, cookies, the API and {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return locale;
    }

    /** The locale of dates and numbers in this language when the reader's region is unknown. */
    public Locale formats() {
        return formats;
    }

    public static List<String> tags() {
        return Arrays.stream(values()).map(Language::tag).toList();
    }

    /** The language of exactly this tag (case-insensitive, as BCP 47 tags are). */
    public static Optional<Language> ofTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst();
    }

    /**
     * The language that serves a reader of {@code wanted}: the same language, with region and script fallbacks
     * where only one variant exists: Portuguese of any region reads {@code pt-BR}, Chinese of the mainland and
     * Singapore (and unmarked or {@code Hans} Chinese) {@code zh-Hans}, Hindi {@code hi-Latn} (Hindi in Latin script,
     * as duplistatus ships it). Traditional Chinese ({@code zh-Hant}, {@code zh-TW}, {@code zh-HK}, {@code zh-MO})
     * has none.
     */
    public static Optional<Language> serving(Locale wanted) {
        String language = wanted.getLanguage();
        if (language.equals("zh")) {
            String script = wanted.getScript();
            boolean traditional = script.equals("Hant")
                    || script.isEmpty() && List.of("TW", "HK", "MO").contains(wanted.getCountry());
            return traditional ? Optional.empty() : Optional.of(ZH_HANS);
        }
        return Arrays.stream(values()).filter(candidate -> candidate.locale.getLanguage().equals(language))
                .findFirst();
    }
}
