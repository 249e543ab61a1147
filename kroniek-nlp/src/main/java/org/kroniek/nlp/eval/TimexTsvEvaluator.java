package org.kroniek.nlp.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kroniek.core.Timex;
import org.kroniek.nlp.time.Dct;
import org.kroniek.nlp.time.TimexAnnotator;

/**
 * Evaluates the Dutch time annotator on a TSV of single sentences: dct, sentence, expression (an exact
 * substring), type, accepted values separated by '|', optional mod. Lines starting with '#' are comments.
 */
public final class TimexTsvEvaluator {
    private TimexTsvEvaluator() {
    }

    public static TimexScores evaluate(Path tsv) {
        return evaluate(tsv, new TimexAnnotator(), "nl");
    }

    public static TimexScores evaluate(Path tsv, TimexAnnotator annotator, String language) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        int gold = 0;
        int detected = 0;
        int valueOk = 0;
        int typeOk = 0;
        int modOk = 0;
        int spurious = 0;
        List<TimexScores.Miss> misses = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                continue;
            }
            String dct = f[0].strip();
            String sentence = f[1];
            String expression = f[2];
            String type = f[3].strip();
            List<String> values = Arrays.stream(f[4].split("\\|")).map(String::strip).toList();
            String mod = f.length > 5 && !f[5].isBlank() ? f[5].strip() : null;
            gold++;
            int start = sentence.indexOf(expression);
            int end = start + expression.length();
            List<Timex> found = annotator.annotate(sentence, language, dct, Dct.granularityOf(dct));
            Timex hit = found.stream().filter(t -> t.start() == start && t.end() == end).findFirst().orElse(null);
            spurious += (int) found.stream().filter(t -> t != hit).count();
            boolean ok = false;
            if (hit != null) {
                detected++;
                boolean v = values.contains(hit.value());
                boolean ty = type.equals(hit.type());
                boolean mo = Objects.equals(mod, hit.mod());
                valueOk += v ? 1 : 0;
                typeOk += ty ? 1 : 0;
                modOk += mo ? 1 : 0;
                ok = v && ty && mo;
            }
            if (!ok) {
                misses.add(new TimexScores.Miss(dct, sentence, expression, type, values, mod, describe(found)));
            }
        }
        return new TimexScores(gold, detected, valueOk, typeOk, modOk, spurious, List.copyOf(misses));
    }

    static String describe(List<Timex> found) {
        if (found.isEmpty()) {
            return "(nothing)";
        }
        return found.stream()
                .map(t -> "\"" + t.text() + "\" " + t.type() + " " + t.value() + (t.mod() == null ? "" : " " + t.mod()))
                .collect(Collectors.joining("; "));
    }
}
