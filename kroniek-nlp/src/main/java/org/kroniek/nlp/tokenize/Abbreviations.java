package org.kroniek.nlp.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations that keep their final period, matched case-insensitively, read from a resource with one
 * abbreviation per line ({@code dhr.}); {@code #} starts a comment. A line marked {@code +end}
 * ({@code enz. +end}) is an abbreviation that often closes a sentence, so the splitter may end one there.
 */
final class Abbreviations {
    private final Set<String> all = new HashSet<>();
    private final Set<String> mayEndSentence = new HashSet<>();
    private int maxLength;

    static Abbreviations load(String resource) {
        Abbreviations abbreviations = new Abbreviations();
        try (InputStream in = Abbreviations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                abbreviations.addLine(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return abbreviations;
    }

    private void addLine(String line) {
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (content.isEmpty()) {
            return;
        }
        String[] fields = content.split("\\s+");
        String abbreviation = fields[0].toLowerCase(Locale.ROOT);
        all.add(abbreviation);
        maxLength = Math.max(maxLength, abbreviation.length());
        if (fields.length > 1 && fields[1].equals("+end")) {
            mayEndSentence.add(abbreviation);
        }
    }

    /** Whether text[from, to) (including its final period) is a known abbreviation. */
    boolean contains(CharSequence text, int from, int to) {
        return to - from <= maxLength && all.contains(lowerCase(text, from, to));
    }

    boolean mayEndSentence(CharSequence text, int from, int to) {
        return to - from <= maxLength && mayEndSentence.contains(lowerCase(text, from, to));
    }

    private static String lowerCase(CharSequence text, int from, int to) {
        return text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
    }
}
