package org.kroniek.app.eval.seeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.Entity;
import org.kroniek.core.Pipeline;
import org.kroniek.core.Sentence;
import org.kroniek.core.Timex;
import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.ReaderOptions;

/**
 * Scores the full pipeline on the seed articles against their hand-made reference: document metadata and
 * headings, entities (exact span and type; optional reference items are neither required nor false), actor links
 * (for every required reference entity the system found with the same span: the actor code and the canonical
 * name), and time expressions (exact span, value among the accepted ones, and the mod where the reference gives
 * one), and events (see {@link EventScoring}).
 */
public final class SeedsEvaluator {
    private SeedsEvaluator() {
    }

    public static SeedsScores evaluate(Path goldFile, Path docsDir, Pipeline pipeline) throws IOException {
        SeedGold gold = SeedGold.read(goldFile);
        SeedsScores.Builder scores = new SeedsScores.Builder(goldFile.toString());
        for (SeedGold.Doc goldDoc : gold.documents()) {
            Document doc = read(docsDir.resolve(goldDoc.file()));
            pipeline.process(doc);
            scoreMetadata(goldDoc, doc, scores);
            scoreEntities(goldDoc, doc, scores);
            scoreTimexes(goldDoc, doc, scores);
            EventScoring.score(goldDoc, doc, scores);
        }
        return scores.build();
    }

    private static Document read(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read seed article " + file);
        }
        List<Document> docs = new ArrayList<>();
        List<DocumentError> errors = new ArrayList<>();
        new DocumentSource(ReaderOptions.defaults()).readAll(List.of(file.toString()), new DocumentSink() {
            @Override
            public void document(Document document) {
                docs.add(document);
            }

            @Override
            public void error(DocumentError error) {
                errors.add(error);
            }
        });
        if (docs.size() != 1) {
            throw new IllegalArgumentException("seed article " + file + " did not read as one document: " + errors);
        }
        return docs.get(0);
    }

    private static void scoreMetadata(SeedGold.Doc gold, Document doc, SeedsScores.Builder scores) {
        List<String> headings = doc.getSentences().stream().filter(Sentence::heading)
                .map(s -> doc.span(s.start(), s.end())).toList();
        check(scores, gold.file(), "dct", gold.dct(), doc.getDct());
        check(scores, gold.file(), "byline", gold.byline(), doc.getByline());
        check(scores, gold.file(), "publisher", gold.publisher(), doc.getPublisher());
        check(scores, gold.file(), "language", gold.language(), doc.getLanguage());
        check(scores, gold.file(), "headings", gold.headings(), headings);
    }

    private static void check(SeedsScores.Builder scores, String file, String field, Object expected, Object actual) {
        scores.metadata(Objects.equals(expected, actual),
                file + " " + field + ": expected " + expected + ", got " + actual);
    }

    private static void scoreEntities(SeedGold.Doc gold, Document doc, SeedsScores.Builder scores) {
        SurfaceAligner aligner = new SurfaceAligner(doc.getText());
        Set<String> required = new LinkedHashSet<>();
        Set<String> optional = new HashSet<>();
        Map<String, Entity> bySpan = new HashMap<>();
        doc.getEntities().forEach(e -> bySpan.put(e.start() + ":" + e.end(), e));
        for (SeedGold.GoldEntity entity : gold.entities()) {
            int start = aligner.next(entity.text());
            if (start < 0) {
                scores.note(gold.file() + ": reference entity '" + entity.text() + "' not found in the text");
                continue;
            }
            String key = key(start, start + entity.text().length(), entity.type());
            (entity.optional() ? optional : required).add(key);
            if (!entity.optional()) {
                scoreActor(gold.file(), entity, start, bySpan.get(start + ":" + (start + entity.text().length())),
                        scores);
            }
        }
        Set<String> found = new HashSet<>();
        for (Entity entity : doc.getEntities()) {
            String key = key(entity.start(), entity.end(), entity.type());
            if (required.contains(key)) {
                found.add(key);
                scores.entityCorrect();
            } else if (!optional.contains(key)) {
                scores.entitySpurious(gold.file() + ": extra " + entity.type() + " '" + entity.text() + "' at "
                        + entity.start());
            }
        }
        for (String key : required) {
            if (!found.contains(key)) {
                String[] parts = key.split(":");
                int start = Integer.parseInt(parts[0]);
                int end = Integer.parseInt(parts[1]);
                scores.entityMissed(gold.file() + ": missed " + parts[2] + " '" + doc.span(start, end) + "' at "
                        + start);
            }
        }
    }

    /** Actor code and canonical name of a required reference entity that the system found with the same span. */
    private static void scoreActor(String file, SeedGold.GoldEntity gold, int start, Entity system,
                                   SeedsScores.Builder scores) {
        if (system == null) {
            return;
        }
        String where = file + ": '" + gold.text() + "' at " + start;
        scores.actor(Objects.equals(gold.actor(), system.actor()),
                where + " actor: expected " + gold.actor() + ", got " + system.actor());
        scores.canonical(Objects.equals(gold.canonical(), system.canonical()),
                where + " canonical: expected " + gold.canonical() + ", got " + system.canonical());
    }

    private static void scoreTimexes(SeedGold.Doc gold, Document doc, SeedsScores.Builder scores) {
        SurfaceAligner aligner = new SurfaceAligner(doc.getText());
        Set<String> goldSpans = new HashSet<>();
        for (SeedGold.GoldTimex timex : gold.timexes()) {
            int start = aligner.next(timex.text());
            int end = start + timex.text().length();
            Timex system = start < 0 ? null : doc.getTimexes().stream()
                    .filter(t -> t.start() == start && t.end() == end).findFirst().orElse(null);
            goldSpans.add(start + ":" + end);
            // The reference gives a mod only where it matters (END of "eind vorig jaar"); elsewhere any mod is fine.
            boolean right = system != null && timex.values().contains(system.value())
                    && (timex.mod() == null || timex.mod().equals(system.mod()));
            scores.timex(right, gold.file() + ": '" + timex.text() + "' expected " + timex.values()
                    + (timex.mod() == null ? "" : " " + timex.mod()) + ", got "
                    + (system == null ? "nothing" : system.value() + (system.mod() == null ? "" : " " + system.mod())));
        }
        for (Timex timex : doc.getTimexes()) {
            if (!goldSpans.contains(timex.start() + ":" + timex.end())) {
                scores.timexSpurious(gold.file() + ": extra timex '" + timex.text() + "' = " + timex.value());
            }
        }
    }

    private static String key(int start, int end, String type) {
        return start + ":" + end + ":" + type;
    }
}
