package org.kroniek.nlp.pos;

/**
 * 64-bit hashes of feature parts, computed straight from characters so the tagger's hot path builds no
 * feature strings. A feature is identified by {@code combine(template, value)}; 64 bits make collisions
 * between the few hundred thousand features of a model practically impossible.
 */
final class FeatureHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    /** FNV-1a over {@code s[from, to)}. */
    static long chars(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    static long chars(CharSequence s) {
        return chars(s, 0, s.length());
    }

    /** Combines two parts order-sensitively. */
    static long pair(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + b);
    }

    /** The id of feature {@code template} with value {@code value}; never 0 (0 marks empty table slots). */
    static long feature(int template, long value) {
        long h = mix(value ^ ((long) template * 0xC2B2AE3D27D4EB4FL));
        return h == 0 ? 1 : h;
    }

    /** MurmurHash3's 64-bit finaliser: spreads every input bit over the result. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
