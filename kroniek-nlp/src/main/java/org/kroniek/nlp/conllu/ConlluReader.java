package org.kroniek.nlp.conllu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U files (Universal Dependencies, https://universaldependencies.org/format.html). Each sentence keeps
 * both views UD evaluation uses: the syntactic words (multiword-token ranges such as {@code 1-2} and empty nodes such
 * as {@code 8.1} skipped) and the surface tokens (a range counts once, the words it covers not at all).
 */
public final class ConlluReader {
    private ConlluReader() {
    }

    public static List<ConlluSentence> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static List<ConlluSentence> readAll(List<Path> files) {
        List<ConlluSentence> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(read(file));
        }
        return all;
    }

    static List<ConlluSentence> read(BufferedReader in, String name) throws IOException {
        List<ConlluSentence> sentences = new ArrayList<>();
        SentenceBuilder current = new SentenceBuilder();
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                current.finishInto(sentences);
                current = new SentenceBuilder();
            } else if (line.startsWith("#")) {
                current.comment(line);
            } else {
                current.tokenLine(line.split("\t", -1), name, lineNo);
            }
        }
        current.finishInto(sentences);
        return sentences;
    }

    private static final class SentenceBuilder {
        private String id;
        private String text;
        private boolean newDoc;
        private boolean newPar;
        private final List<ConlluToken> words = new ArrayList<>();
        private final List<String> surfaceTokens = new ArrayList<>();
        /** The last word id covered by the multiword token read most recently. */
        private int multiwordEnd;

        void comment(String line) {
            String body = line.substring(1).strip();
            if (body.startsWith("sent_id")) {
                id = valueOf(body);
            } else if (body.startsWith("text") && !body.startsWith("text_")) {
                text = valueOf(body);
            } else if (body.startsWith("newdoc")) {
                newDoc = true;
            } else if (body.startsWith("newpar")) {
                newPar = true;
            }
        }

        void tokenLine(String[] cols, String name, int lineNo) {
            if (cols.length < 5) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": expected 10 tab-separated columns");
            }
            String wordId = cols[0];
            if (wordId.indexOf('.') >= 0) {
                return; // an empty node of the enhanced graph: no surface text
            }
            int dash = wordId.indexOf('-');
            if (dash > 0) {
                multiwordEnd = Integer.parseInt(wordId.substring(dash + 1));
                surfaceTokens.add(cols[1]);
                return;
            }
            if (Integer.parseInt(wordId) > multiwordEnd) {
                surfaceTokens.add(cols[1]);
            }
            words.add(new ConlluToken(cols[1], cols[2], cols[3], cols[4]));
        }

        void finishInto(List<ConlluSentence> sentences) {
            if (words.isEmpty() && surfaceTokens.isEmpty()) {
                return;
            }
            String raw = text != null ? text : String.join(" ", surfaceTokens);
            sentences.add(new ConlluSentence(id, raw, newDoc, newPar, words, surfaceTokens));
        }

        private static String valueOf(String body) {
            int eq = body.indexOf('=');
            return eq < 0 ? "" : body.substring(eq + 1).strip();
        }
    }
}
