package org.kroniek.nlp.actors;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The lookup key of a name: lower case, without diacritics, periods or apostrophes, hyphens and runs of white
 * space as one space. So {@code Syrië}, {@code SYRIE} and {@code syrie} meet, as do {@code al-Assad} and
 * {@code al Assad}, {@code U.N.} and {@code UN}.
 */
public final class NameKey {
    private NameKey() {
    }

    public static String of(String name) {
        if (isPlain(name)) {
            return name; // most tokens: lower-case ASCII words, already keys
        }
        String text = name;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                text = Normalizer.normalize(text, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '.' || c == '\'' || c == '\u2019') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '_') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
