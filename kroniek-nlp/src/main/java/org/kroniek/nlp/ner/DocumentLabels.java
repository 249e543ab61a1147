package org.kroniek.nlp.ner;

import java.util.List;

/**
 * What a first tagging pass said about each word form across the article: how often it was tagged O or
 * part of a PER/LOC/ORG/MISC entity. The second pass uses this so the same name gets the same type
 * throughout an article ("Aleppo" is LOC everywhere, even at the start of a heading).
 */
final class DocumentLabels {
    private static final int FIELDS = 1 + NerLabels.TYPES.length;
    private static final int BITS = 6;
    private static final int MAX = (1 << BITS) - 1;

    private final LongIntMap counts;

    private DocumentLabels(LongIntMap counts) {
        this.counts = counts;
    }

    /** lowerHashes per sentence and the first pass's labels per sentence. */
    static DocumentLabels of(List<String[]> sentences, List<int[]> labels) {
        LongIntMap map = new LongIntMap(256);
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            int[] l = labels.get(s);
            for (int i = 0; i < words.length; i++) {
                long h = Hashing.word(words[i], true);
                int field = l[i] == NerLabels.O ? 0 : 1 + NerLabels.typeOf(l[i]);
                int packed = map.get(h);
                int c = (packed >>> (field * BITS)) & MAX;
                if (c < MAX) {
                    map.put(h, packed + (1 << (field * BITS)));
                }
            }
        }
        return new DocumentLabels(map);
    }

    /** Count of occurrences of the word tagged with field (0 = O, 1 + type index). */
    static int count(int packed, int field) {
        return (packed >>> (field * BITS)) & MAX;
    }

    int packed(long lowerHash) {
        return counts.get(lowerHash);
    }

    static int fields() {
        return FIELDS;
    }
}
