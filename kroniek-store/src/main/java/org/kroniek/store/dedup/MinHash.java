package org.kroniek.store.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures: for each of {@code permutations} hash functions, the smallest hash over a text's
 * shingles. The share of equal positions in two signatures estimates the Jaccard similarity of the shingle
 * sets (standard error about {@code sqrt(J(1-J)/permutations)}, 0.035 at J = 0.8 with 128).
 */
public final class MinHash {
    private final long[] seeds;

    public MinHash(int permutations, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        this.seeds = new long[permutations];
        for (int i = 0; i < permutations; i++) {
            seeds[i] = random.nextLong();
        }
    }

    public int permutations() {
        return seeds.length;
    }

    public int[] signature(long[] shingles) {
        int[] signature = new int[seeds.length];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                int h = (int) (mix(shingle ^ seeds[i]) >>> 33);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different lengths");
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** SplitMix64's finaliser: a cheap hash whose seeded variants behave as independent permutations. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
