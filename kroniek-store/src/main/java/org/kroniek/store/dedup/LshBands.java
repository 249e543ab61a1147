package org.kroniek.store.dedup;

/**
 * Locality-sensitive hashing over a MinHash signature: {@code bands} bands of {@code rows} positions, each band
 * hashed to one bucket key. Two texts land in a common bucket with probability {@code 1 - (1 - J^rows)^bands}:
 * with 32 bands of 4 rows, 0.9998 at J = 0.7 and 0.23 at J = 0.3, so only likely near-duplicates are compared.
 */
public final class LshBands {
    private final int bands;
    private final int rows;

    public LshBands(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
    }

    public long[] buckets(int[] signature) {
        if (signature.length < bands * rows) {
            throw new IllegalArgumentException("signature too short for " + bands + " bands of " + rows);
        }
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < rows; r++) {
                h = (h ^ (signature[b * rows + r] & 0xFFFFFFFFL)) * 0x100000001b3L;
                h ^= h >>> 29;
            }
            // The band number is part of the key, so equal rows in different bands never collide.
            keys[b] = h;
        }
        return keys;
    }
}
