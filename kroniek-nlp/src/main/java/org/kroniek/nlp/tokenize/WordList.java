package org.kroniek.nlp.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** A case-sensitive set of words read from a resource, one per line; {@code #} starts a comment. */
final class WordList {
    private final Set<String> words;

    private WordList(Set<String> words) {
        this.words = words;
    }

    static WordList load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new WordList(Set.copyOf(words));
    }

    boolean contains(CharSequence text, int from, int to) {
        return to - from < 40 && words.contains(text.subSequence(from, to).toString());
    }
}
