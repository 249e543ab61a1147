package org.kroniek.nlp.actors;

import java.util.Set;

/** Where a person's surname starts in a name key, taking particles ({@code al}, {@code van der}) along. */
final class Surnames {
    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "bin", "ibn", "abu", "de", "del", "della",
            "der", "den", "van", "von", "ter", "ten", "da", "di", "do", "dos", "du", "la", "le", "mac", "st");

    private Surnames() {
    }

    /** The offset of the first particle before the last word, or -1 when the last word stands alone. */
    static int particleStart(String key) {
        String[] words = key.split(" ");
        int first = words.length - 1;
        while (first > 1 && PARTICLES.contains(words[first - 1])) {
            first--;
        }
        if (first == words.length - 1) {
            return -1;
        }
        int offset = 0;
        for (int i = 0; i < first; i++) {
            offset += words[i].length() + 1;
        }
        return offset;
    }

    /** Whether the key is a surname alone: one word, or particles and one word ({@code al assad}). */
    static boolean isSurnameOnly(String key) {
        String[] words = key.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            if (!PARTICLES.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean isParticle(String word) {
        return PARTICLES.contains(word);
    }
}
