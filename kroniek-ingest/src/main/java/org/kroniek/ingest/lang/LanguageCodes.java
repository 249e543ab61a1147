package org.kroniek.ingest.lang;

import java.util.Locale;
import java.util.Map;

/**
 * Maps language codes to the two-letter ISO 639-1 form kroniek stores: the detector's ISO 639-3 codes
 * ({@code nld}), the old bibliographic codes ({@code dut}) and locale tags from hints ({@code nl-NL},
 * {@code en_US}). Codes without a trivial two-letter form are kept as they are.
 */
public final class LanguageCodes {
    private static final Map<String, String> THREE_TO_TWO = Map.ofEntries(
            Map.entry("nld", "nl"), Map.entry("dut", "nl"), Map.entry("eng", "en"), Map.entry("deu", "de"),
            Map.entry("ger", "de"), Map.entry("fra", "fr"), Map.entry("fre", "fr"), Map.entry("spa", "es"),
            Map.entry("ita", "it"), Map.entry("por", "pt"), Map.entry("afr", "af"), Map.entry("fry", "fy"),
            Map.entry("ltz", "lb"), Map.entry("lim", "li"), Map.entry("dan", "da"), Map.entry("swe", "sv"),
            Map.entry("nob", "nb"), Map.entry("nno", "nn"), Map.entry("isl", "is"), Map.entry("fin", "fi"),
            Map.entry("ekk", "et"), Map.entry("est", "et"), Map.entry("pol", "pl"), Map.entry("ces", "cs"),
            Map.entry("slk", "sk"), Map.entry("slv", "sl"), Map.entry("hrv", "hr"), Map.entry("srp", "sr"),
            Map.entry("bos", "bs"), Map.entry("bul", "bg"), Map.entry("ron", "ro"), Map.entry("hun", "hu"),
            Map.entry("ell", "el"), Map.entry("tur", "tr"), Map.entry("rus", "ru"), Map.entry("ukr", "uk"),
            Map.entry("bel", "be"), Map.entry("lit", "lt"), Map.entry("lvs", "lv"), Map.entry("lav", "lv"),
            Map.entry("ara", "ar"), Map.entry("heb", "he"), Map.entry("fas", "fa"), Map.entry("pes", "fa"),
            Map.entry("hin", "hi"), Map.entry("urd", "ur"), Map.entry("ben", "bn"), Map.entry("jpn", "ja"),
            Map.entry("kor", "ko"), Map.entry("cmn", "zh"), Map.entry("zho", "zh"), Map.entry("vie", "vi"),
            Map.entry("tha", "th"), Map.entry("ind", "id"), Map.entry("msa", "ms"), Map.entry("cat", "ca"),
            Map.entry("eus", "eu"), Map.entry("glg", "gl"), Map.entry("cym", "cy"), Map.entry("gle", "ga"),
            Map.entry("epo", "eo"), Map.entry("lat", "la"), Map.entry("sqi", "sq"), Map.entry("mkd", "mk"),
            Map.entry("kat", "ka"), Map.entry("hye", "hy"), Map.entry("swa", "sw"), Map.entry("som", "so"));

    private LanguageCodes() {
    }

    /** The ISO 639-1 code for {@code code}, lower case; null for null or blank input. */
    public static String toIso6391(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        int separator = indexOfAny(lower, '-', '_');
        String primary = separator < 0 ? lower : lower.substring(0, separator);
        return THREE_TO_TWO.getOrDefault(primary, primary);
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }
}
