package org.kroniek.nlp.ner;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Name lists (countries, places, nationalities, organisations, persons, given names) matched as
 * case-insensitive token sequences. Each match marks the first token with the list's "begin" bit and the
 * following tokens with its "inside" bit; the tagger turns those bits into features.
 */
final class Gazetteer {
    /** List names; the resource {@code gazetteer-NAME.txt} holds one entry per line. */
    static final String[] LISTS = {"loc", "nationality", "org", "per", "given-name", "loc-world", "per-world",
            "org-world", "surname-world"};
    static final int MAX_TOKENS = 5;

    private final LongIntMap entries;

    Gazetteer(LongIntMap entries) {
        this.entries = entries;
    }

    static Gazetteer empty() {
        return new Gazetteer(new LongIntMap(4));
    }

    /** Loads the shipped lists from the classpath (used when training). */
    static Gazetteer fromResources() {
        LongIntMap map = new LongIntMap(1 << 16);
        for (int list = 0; list < LISTS.length; list++) {
            String name = "gazetteer-" + LISTS[list] + ".txt";
            try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    add(map, line.split("\\s+"), list);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Gazetteer(map);
    }

    static void add(LongIntMap map, String[] tokens, int list) {
        if (tokens.length > MAX_TOKENS) {
            return;
        }
        long h = 0;
        for (String t : tokens) {
            h = Hashing.extend(h, Hashing.word(t, true));
        }
        map.or(h, 1 << list);
    }

    /**
     * Writes the match bits of each token into bits[i]: bit 2*list for a match starting at i, bit 2*list+1
     * for a token inside a longer match. lowerHashes are the tokens' lower-case hashes.
     */
    void match(long[] lowerHashes, int n, int[] bits) {
        for (int i = 0; i < n; i++) {
            bits[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            long h = 0;
            int maxLen = Math.min(MAX_TOKENS, n - i);
            for (int len = 1; len <= maxLen; len++) {
                h = Hashing.extend(h, lowerHashes[i + len - 1]);
                int lists = entries.get(h);
                if (lists == 0) {
                    continue;
                }
                for (int list = 0; list < LISTS.length; list++) {
                    if ((lists & (1 << list)) != 0) {
                        bits[i] |= 1 << (2 * list);
                        for (int j = i + 1; j < i + len; j++) {
                            bits[j] |= 1 << (2 * list + 1);
                        }
                    }
                }
            }
        }
    }

    int size() {
        return entries.size();
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(entries.size());
        IOException[] failure = new IOException[1];
        entries.forEach((k, v) -> {
            try {
                out.writeLong(k);
                out.writeInt(v);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    static Gazetteer read(DataInputStream in) throws IOException {
        int n = in.readInt();
        LongIntMap map = new LongIntMap(n);
        for (int i = 0; i < n; i++) {
            long k = in.readLong();
            map.put(k, in.readInt());
        }
        return new Gazetteer(map);
    }
}
