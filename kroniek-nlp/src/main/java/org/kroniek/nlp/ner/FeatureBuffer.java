package org.kroniek.nlp.ner;

import java.util.Arrays;

/** Feature keys of one sentence, token after token; reused between sentences by one thread. */
final class FeatureBuffer {
    long[] keys = new long[4096];
    int[] start = new int[129];
    int tokens;
    private int size;

    void reset(int n) {
        tokens = n;
        size = 0;
        if (start.length < n + 1) {
            start = new int[Math.max(n + 1, start.length * 2)];
        }
    }

    void beginToken(int i) {
        start[i] = size;
    }

    void endSentence() {
        start[tokens] = size;
    }

    void add(long key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = key;
    }

    int from(int token) {
        return start[token];
    }

    int to(int token) {
        return start[token + 1];
    }
}
