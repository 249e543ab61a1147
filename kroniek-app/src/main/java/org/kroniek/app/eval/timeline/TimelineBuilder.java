package org.kroniek.app.eval.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.core.Event;
import org.kroniek.core.Mention;
import org.kroniek.core.Entity;
import org.kroniek.core.Pipeline;
import org.kroniek.core.Timex;

/**
 * Builds track A timelines from raw text: each article is analysed by the pipeline (with its creation time as
 * dct). Event mentions are kroniek's coded events (dated by the event stage: time expression, else the dct) and,
 * optionally, every verb (dated by the first calendar date in its sentence, else the dct). An event belongs to a
 * target entity's timeline when the entity takes part: it is named, or referred to by a mention the actor linker
 * resolved to it, at most {@link #WINDOW} tokens before the trigger in the same sentence. The timeline orders events
 * by date, undated ones at position 0.
 */
public final class TimelineBuilder {
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    /**
     * An event mention found in an article: its task id ({@code docid-sentence-token}), its sentence, where its
     * trigger starts in the sentence, the actors the sentence refers to (with where), and its date.
     */
    record Found(String mention, String sentenceText, int trigger, List<Participant> participants, String date) {
    }

    /** An actor the sentence names or refers to: its canonical name and where in the sentence. */
    record Participant(String canonical, int offset) {
    }

    /**
     * How many tokens after a mention of the entity an event may be to count as one it takes part in: in English
     * the entity mostly comes first, as the subject. Chosen on corpus_1 (see docs/RESULTS.md): either side within
     * 3, 6, 8, 10, 14, 20 tokens or the whole sentence scored at most 10.42; after the entity within 5, 10, 15, 25
     * tokens 10.79, 12.66, 12.86, 11.57.
     */
    static final int WINDOW = 15;

    private final Pipeline pipeline;
    private final EventVerbs verbs;
    private final List<Found> found = new ArrayList<>();

    /** With {@code verbs}, every verb is an event mention too (dated by its sentence's date, else the dct). */
    public TimelineBuilder(Pipeline pipeline, boolean verbs) {
        this.pipeline = pipeline;
        this.verbs = verbs ? new EventVerbs() : null;
    }

    /** Analyses one article and keeps its events. */
    public void add(SemevalCorpus.Article article) {
        StringBuilder text = new StringBuilder();
        List<int[]> tokenSpans = new ArrayList<>(); // start, end, sentence index, token index
        for (int s = 0; s < article.sentences().size(); s++) {
            if (s > 0) {
                text.append("\n\n");
            }
            List<String> tokens = article.sentences().get(s);
            for (int t = 0; t < tokens.size(); t++) {
                if (t > 0) {
                    text.append(' ');
                }
                tokenSpans.add(new int[] {text.length(), text.length() + tokens.get(t).length(), s, t});
                text.append(tokens.get(t));
            }
        }
        Document doc = new Document(article.docId(), text.toString());
        doc.setLanguage("en");
        doc.setDct(article.dct());
        doc.setDctGranularity(article.dct().length() >= 10 ? DctGranularity.DAY : DctGranularity.UNKNOWN);
        pipeline.process(doc);
        for (Event event : doc.getEvents()) {
            List<int[]> covered = tokenSpans.stream()
                    .filter(t -> t[0] < event.trigger().end() && event.trigger().start() < t[1]).toList();
            if (covered.isEmpty()) {
                continue;
            }
            int sentence = covered.get(0)[2];
            StringBuilder token = new StringBuilder();
            for (int[] t : covered) {
                if (t[2] == sentence) {
                    token.append(token.isEmpty() ? "" : "_").append(article.sentences().get(sentence).get(t[3]));
                }
            }
            String mention = article.docId() + "-" + article.sentenceIds().get(sentence) + "-" + token;
            int sentenceStart = tokenSpans.stream().filter(t -> t[2] == sentence).findFirst().orElseThrow()[0];
            int sentenceEnd = sentenceStart + String.join(" ", article.sentences().get(sentence)).length();
            found.add(new Found(mention, text.substring(sentenceStart, sentenceEnd),
                    event.trigger().start() - sentenceStart, participants(doc, sentenceStart, sentenceEnd),
                    taskDate(event.date())));
        }
        if (verbs != null) {
            for (int s = 0; s < article.sentences().size(); s++) {
                List<String> tokens = article.sentences().get(s);
                if (tokens.isEmpty()) {
                    continue;
                }
                int sentence = s;
                int sentenceStart = tokenSpans.stream().filter(t -> t[2] == sentence).findFirst().orElseThrow()[0];
                int sentenceEnd = sentenceStart + String.join(" ", tokens).length();
                String date = sentenceDate(doc, sentenceStart, sentenceEnd);
                List<Participant> participants = participants(doc, sentenceStart, sentenceEnd);
                for (int t : verbs.find(tokens)) {
                    int offset = tokenSpans.stream().filter(x -> x[2] == sentence && x[3] == t).findFirst()
                            .orElseThrow()[0] - sentenceStart;
                    found.add(new Found(article.docId() + "-" + article.sentenceIds().get(s) + "-" + tokens.get(t),
                            text.substring(sentenceStart, sentenceEnd), offset, participants, date));
                }
            }
        }
    }

    /** The first calendar date a time expression in the sentence gives, else the document's creation date. */
    private static String sentenceDate(Document doc, int start, int end) {
        for (Timex timex : doc.getTimexes()) {
            if (timex.start() >= start && timex.end() <= end && "DATE".equals(timex.type())
                    && !Timeline.NO_DATE.equals(taskDate(timex.value()))) {
                return taskDate(timex.value());
            }
        }
        return taskDate(doc.getDct());
    }

    /** Canonical names of the actors the sentence names or refers to. */
    private static List<Participant> participants(Document doc, int start, int end) {
        List<Participant> participants = new ArrayList<>();
        for (Mention m : doc.getMentions()) {
            if (m.start() >= start && m.end() <= end && m.canonical() != null) {
                participants.add(new Participant(m.canonical(), m.start() - start));
            }
        }
        for (Entity e : doc.getEntities()) {
            if (e.start() >= start && e.end() <= end && e.canonical() != null) {
                participants.add(new Participant(e.canonical(), e.start() - start));
            }
        }
        return participants;
    }

    /** The timeline of one target entity over every article added so far. */
    public Timeline timeline(String entity) {
        Pattern name = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(entity) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Map<String, String> dated = new LinkedHashMap<>();
        for (Found f : found) {
            List<Integer> anchors = new ArrayList<>();
            Matcher m = name.matcher(f.sentenceText());
            while (m.find()) {
                anchors.add(m.start());
            }
            f.participants().stream().filter(p -> p.canonical().equalsIgnoreCase(entity))
                    .forEach(p -> anchors.add(p.offset()));
            boolean takesPart = anchors.stream()
                    .anyMatch(a -> a < f.trigger() && tokensBetween(f.sentenceText(), a, f.trigger()) <= WINDOW);
            if (takesPart) {
                dated.putIfAbsent(f.mention(), f.date());
            }
        }
        TreeMap<String, List<String>> byDate = new TreeMap<>(Comparator.comparing(TimelineBuilder::sortKey));
        dated.forEach((mention, date) -> byDate.computeIfAbsent(date, d -> new ArrayList<>()).add(mention));
        List<Timeline.Row> rows = new ArrayList<>();
        int position = 0;
        for (Map.Entry<String, List<String>> date : byDate.entrySet()) {
            int p = Timeline.NO_DATE.equals(date.getKey()) ? 0 : ++position;
            for (String mention : date.getValue()) {
                rows.add(new Timeline.Row(p, date.getKey(), List.of(mention)));
            }
        }
        return new Timeline(entity, rows);
    }

    /** Tokens between two offsets of a sentence whose tokens are joined by single spaces. */
    static int tokensBetween(String sentence, int a, int b) {
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        int spaces = 0;
        for (int i = from; i < to; i++) {
            spaces += sentence.charAt(i) == ' ' ? 1 : 0;
        }
        return spaces;
    }

    /** Our date values ({@code 2005-01-18}, {@code 2007-03}, {@code 2006}) in the task's form; others undated. */
    static String taskDate(String value) {
        if (value == null) {
            return Timeline.NO_DATE;
        }
        Matcher m = DATE.matcher(value);
        if (!m.find()) {
            return Timeline.NO_DATE;
        }
        return m.group(1) + "-" + (m.group(2) == null ? "XX" : m.group(2)) + "-" + (m.group(3) == null ? "XX" : m.group(3));
    }

    /** Undated first; a year or month before the days inside it ('X' sorts below the digits). */
    private static String sortKey(String date) {
        return Timeline.NO_DATE.equals(date) ? "" : date.toUpperCase(Locale.ROOT).replace('X', '/');
    }
}
