package org.kroniek.store.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word shingles of a text as 64-bit hashes: every run of {@code size} consecutive words, lower case,
 * punctuation ignored. Two texts that share most of their shingles share most of their wording and order.
 */
public final class Shingles {
    private Shingles() {
    }

    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** Hashes of the distinct-position shingles (duplicates are harmless for MinHash). */
    public static long[] hashes(List<String> words, int size) {
        if (words.size() < size) {
            return new long[0];
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            wordHashes[i] = fnv1a(words.get(i));
        }
        long[] shingles = new long[words.size() - size + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = 0; j < size; j++) {
                h = Long.rotateLeft(h, 23) ^ wordHashes[i + j];
                h *= 0xBF58476D1CE4E5B9L;
            }
            shingles[i] = h;
        }
        return shingles;
    }

    private static long fnv1a(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
