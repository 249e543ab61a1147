package org.kroniek.nlp.events;

import java.util.List;
import java.util.Locale;
import org.kroniek.core.Document;
import org.kroniek.core.Token;

/**
 * The tokens of one sentence as the event rules read them: lower-cased forms, lemmas in lexicon spelling
 * (compounds joined, "vrede_bespreking" -> "vredebespreking") and the last part of an Alpino compound lemma
 * ("toe_roepen" -> "roepen"), and UPOS tags. Indices are positions within the sentence.
 */
final class SentenceView {
    private final Document doc;
    private final List<Token> tokens;
    private final int offset;
    private final int index;
    private final String[] form;
    private final String[] lemma;
    private final String[] lastPart;
    private final String[] pos;

    SentenceView(Document doc, int index, List<Token> tokens, int offset, int size) {
        this.doc = doc;
        this.index = index;
        this.tokens = tokens;
        this.offset = offset;
        this.form = new String[size];
        this.lemma = new String[size];
        this.lastPart = new String[size];
        this.pos = new String[size];
        for (int i = 0; i < size; i++) {
            Token t = tokens.get(offset + i);
            form[i] = doc.span(t.start(), t.end()).toLowerCase(Locale.ROOT);
            String raw = t.lemma() == null ? form[i] : t.lemma().toLowerCase(Locale.ROOT);
            int underscore = raw.lastIndexOf('_');
            lemma[i] = underscore < 0 ? raw : raw.replace("_", "");
            lastPart[i] = underscore < 0 ? raw : raw.substring(underscore + 1);
            pos[i] = t.pos();
        }
    }

    Document document() {
        return doc;
    }

    /** The sentence's index in the document. */
    int index() {
        return index;
    }

    int size() {
        return form.length;
    }

    String form(int i) {
        return form[i];
    }

    String lemma(int i) {
        return lemma[i];
    }

    String lastPart(int i) {
        return lastPart[i];
    }

    /** UPOS, or null when no tagger ran (English for now). */
    String pos(int i) {
        return pos[i];
    }

    boolean hasTags() {
        return form.length > 0 && pos[0] != null;
    }

    boolean is(int i, String upos) {
        return upos.equals(pos[i]);
    }

    boolean isVerb(int i) {
        return "VERB".equals(pos[i]) || "AUX".equals(pos[i]);
    }

    boolean isNominal(int i) {
        String p = pos[i];
        return "NOUN".equals(p) || "PROPN".equals(p);
    }

    /** Either the lemma or the form equals the word. */
    boolean matches(int i, String word) {
        return word.equals(lemma[i]) || word.equals(form[i]) || word.equals(lastPart[i]);
    }

    Token token(int i) {
        return tokens.get(offset + i);
    }

    int start(int i) {
        return token(i).start();
    }

    int end(int i) {
        return token(i).end();
    }

    /** The sentence position of the token starting at or covering a character offset, or -1. */
    int tokenAt(int charOffset) {
        int lo = 0;
        int hi = form.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = token(mid);
            if (t.end() <= charOffset) {
                lo = mid + 1;
            } else if (t.start() > charOffset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return lo < form.length && lo >= 0 ? lo : -1;
    }

    String text(int first, int last) {
        return doc.span(start(first), end(last));
    }
}
