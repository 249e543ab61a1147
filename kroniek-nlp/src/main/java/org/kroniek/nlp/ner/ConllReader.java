package org.kroniek.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2002 NER files: "WORD [POS ...] TAG" per line (tag last), blank line between sentences,
 * {@code -DOCSTART-} lines between articles. Returns articles as lists of sentences; a file without
 * DOCSTART lines is one article.
 */
public final class ConllReader {
    private ConllReader() {
    }

    public static List<List<ConllSentence>> readDocuments(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<ConllSentence>> docs = new ArrayList<>();
            List<ConllSentence> doc = new ArrayList<>();
            List<String[]> rows = new ArrayList<>();
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    flush(rows, doc);
                    continue;
                }
                String[] cols = trimmed.split("\\s+");
                if (cols[0].equals("-DOCSTART-")) {
                    flush(rows, doc);
                    if (!doc.isEmpty()) {
                        docs.add(doc);
                        doc = new ArrayList<>();
                    }
                    continue;
                }
                if (cols.length < 2) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": expected 'WORD ... TAG', got: " + line);
                }
                rows.add(cols);
            }
            flush(rows, doc);
            if (!doc.isEmpty()) {
                docs.add(doc);
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void flush(List<String[]> rows, List<ConllSentence> doc) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        String[] words = new String[n];
        String[] pos = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            String[] cols = rows.get(i);
            words[i] = cols[0];
            pos[i] = cols.length > 2 ? cols[1] : null;
            tags[i] = cols[cols.length - 1];
        }
        doc.add(new ConllSentence(words, pos, tags));
        rows.clear();
    }
}
