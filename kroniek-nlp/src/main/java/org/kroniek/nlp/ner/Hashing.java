package org.kroniek.nlp.ner;

/** 64-bit hashing of strings and feature keys without building strings (the tagger's hot path). */
final class Hashing {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Hashing() {
    }

    /** MurmurHash3's finaliser: spreads bits so linear probing stays short. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Hash of chars [from, to) of s, lower-cased if asked. */
    static long chars(CharSequence s, int from, int to, boolean lower) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (lower) {
                c = Character.toLowerCase(c);
            }
            h = (h ^ c) * 0x100000001b3L;
        }
        return mix(h ^ (to - from));
    }

    static long word(CharSequence s, boolean lower) {
        return chars(s, 0, s.length(), lower);
    }

    /** A feature key from a template id and one value; never 0 (0 marks empty map slots). */
    static long key(int template, long value) {
        long k = mix(value + GOLDEN * (template + 1));
        return k == 0 ? 1 : k;
    }

    static long key(int template, long a, long b) {
        return key(template, mix(a * 31 + b));
    }

    static long key(int template, long a, long b, long c) {
        return key(template, mix(mix(a * 31 + b) * 31 + c));
    }

    /** Hash of a sequence continued by one more element. */
    static long extend(long seq, long next) {
        return mix(seq * 0x100000001b3L + next);
    }
}
