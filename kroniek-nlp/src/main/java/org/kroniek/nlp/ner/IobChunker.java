package org.kroniek.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns IOB tags (IOB1 or IOB2, as conlleval reads them) into chunks. An I- tag that does not continue a
 * chunk of the same type starts a new one, so IOB1 files and sloppy predictions are read like conlleval does.
 */
public final class IobChunker {
    private IobChunker() {
    }

    public static List<Chunk> chunks(String[] tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i < tags.length; i++) {
            String tag = tags[i];
            char prefix = prefix(tag);
            String t = typeOf(tag);
            boolean continues = prefix == 'I' && type != null && type.equals(t);
            if (type != null && !continues) {
                out.add(new Chunk(start, i, type));
                type = null;
            }
            if ((prefix == 'B' || prefix == 'I') && !continues) {
                start = i;
                type = t;
            }
        }
        if (type != null) {
            out.add(new Chunk(start, tags.length, type));
        }
        return out;
    }

    static char prefix(String tag) {
        if (tag == null || tag.isEmpty() || tag.equals("O")) {
            return 'O';
        }
        char c = tag.charAt(0);
        return (c == 'B' || c == 'I') && tag.length() > 2 && tag.charAt(1) == '-' ? c : 'O';
    }

    static String typeOf(String tag) {
        return prefix(tag) == 'O' ? null : tag.substring(2);
    }
}
