package org.kroniek.nlp.ner;

import java.util.Arrays;

/** Open-addressing map from non-zero long keys to int values (bit sets in practice); grows as needed. */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
        keys = new long[cap];
        values = new int[cap];
    }

    int get(long key) {
        int mask = keys.length - 1;
        int i = (int) key & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }

    /** ORs bits into the value of key. */
    void or(long key, int bits) {
        if (key == 0) {
            key = 1;
        }
        int i = slot(key);
        if (keys[i] == 0) {
            keys[i] = key;
            size++;
            values[i] = bits;
            if (size * 2 > keys.length) {
                grow();
            }
        } else {
            values[i] |= bits;
        }
    }

    void put(long key, int value) {
        or(key, 0);
        values[slot(key)] = value;
    }

    int size() {
        return size;
    }

    /** Calls back every entry (for serialisation). */
    void forEach(Entry e) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                e.accept(keys[i], values[i]);
            }
        }
    }

    interface Entry {
        void accept(long key, int value);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) key & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
        Arrays.fill(oldKeys, 0);
    }
}
