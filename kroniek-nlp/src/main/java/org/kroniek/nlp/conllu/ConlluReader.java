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
 * Reads CoNLL-U files (Universal Dependencies). Keeps the syntactic words only: multiword-token ranges
 * ({@code 1-2}) and empty nodes ({@code 8.1}) are skipped, as UD's own evaluation scores words.
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
        List<ConlluToken> tokens = new ArrayList<>();
        String id = null;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new ConlluSentence(id, tokens));
                }
                tokens.clear();
                id = null;
            } else if (line.startsWith("#")) {
                if (line.startsWith("# sent_id = ")) {
                    id = line.substring("# sent_id = ".length()).trim();
                }
            } else {
                String[] cols = line.split("\t", -1);
                if (cols.length < 5) {
                    throw new IllegalArgumentException(name + ":" + lineNo + ": expected 10 tab-separated columns");
                }
                String wordId = cols[0];
                if (wordId.indexOf('-') >= 0 || wordId.indexOf('.') >= 0) {
                    continue;
                }
                tokens.add(new ConlluToken(cols[1], cols[2], cols[3], cols[4]));
            }
        }
        if (!tokens.isEmpty()) {
            sentences.add(new ConlluSentence(id, tokens));
        }
        return sentences;
    }
}
