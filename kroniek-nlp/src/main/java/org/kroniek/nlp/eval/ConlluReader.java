package org.kroniek.nlp.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the sentences of a CoNLL-U file (https://universaldependencies.org/format.html). */
final class ConlluReader {
    private ConlluReader() {
    }

    static List<ConlluSentence> read(Path file) throws IOException {
        List<ConlluSentence> sentences = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            SentenceBuilder current = new SentenceBuilder();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    current.finishInto(sentences);
                    current = new SentenceBuilder();
                } else if (line.startsWith("#")) {
                    current.comment(line);
                } else {
                    current.tokenLine(line);
                }
            }
            current.finishInto(sentences);
        }
        return sentences;
    }

    private static final class SentenceBuilder {
        private String id;
        private String text;
        private boolean newDoc;
        private boolean newPar;
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

        void tokenLine(String line) {
            int tab = line.indexOf('\t');
            int formEnd = line.indexOf('\t', tab + 1);
            if (tab <= 0 || formEnd < 0) {
                return;
            }
            String tokenId = line.substring(0, tab);
            String form = line.substring(tab + 1, formEnd);
            if (tokenId.indexOf('.') >= 0) {
                return; // an empty node of the enhanced graph: no surface text
            }
            int dash = tokenId.indexOf('-');
            if (dash > 0) {
                multiwordEnd = Integer.parseInt(tokenId.substring(dash + 1));
                surfaceTokens.add(form);
            } else if (Integer.parseInt(tokenId) > multiwordEnd) {
                surfaceTokens.add(form);
            }
        }

        void finishInto(List<ConlluSentence> sentences) {
            if (surfaceTokens.isEmpty()) {
                return;
            }
            String raw = text != null ? text : String.join(" ", surfaceTokens);
            sentences.add(new ConlluSentence(id, raw, List.copyOf(surfaceTokens), newDoc, newPar));
        }

        private static String valueOf(String body) {
            int eq = body.indexOf('=');
            return eq < 0 ? "" : body.substring(eq + 1).strip();
        }
    }
}
