package org.kroniek.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kroniek.core.Document;
import org.kroniek.core.Sentence;
import org.kroniek.nlp.tokenize.TokenizeStage;

/**
 * Synthetic but realistic news for benchmarks: new articles recombine the sentences of a seed article (most often
 * its lead sentence, and a random part of the rest, in order, often reworded) under another headline, publisher
 * and date. The seeds take turns in the news for a week at a time, so articles on one topic share words, actors
 * and events as reports of one story do and form stories that start and end. A few are republications: the same
 * text again from another publisher (exact copies) or with one sentence left out (near-duplicates), at rates
 * like a news feed's. Deterministic for a given seed corpus, count and random seed.
 */
final class SyntheticNews {
    /** Articles per calendar day: a few dozen outlets' output, so topics recur within a story window. */
    static final int PER_DAY = 40;
    static final double EXACT_COPY_RATE = 0.02;
    static final double EDITED_COPY_RATE = 0.06;
    private static final double KEEP_SENTENCE = 0.6;
    static final int BLOCK = 3;
    static final int EPISODE_DAYS = 7;
    static final double REWORD = 0.6;
    private static final int RECENT = 500;
    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 4);
    private static final List<String> PUBLISHERS = List.of("De Dagkrant", "Het Avondblad", "NRC Synthese",
            "Noordelijk Dagblad", "Omroep West", "ANP Synthese", "The Daily Wire Sample", "Morning Ledger",
            "Brabants Nieuws", "Financieel Weekblad", "Regio Oost", "Euro Courier");

    /** One generated article, as the JSON Lines reader reads it. */
    record Article(String id, String title, String date, String publisher, String language, String text) {
        Map<String, Object> toJson() {
            return Map.of("id", id, "title", title, "date", date, "publisher", publisher, "language", language,
                    "text", text);
        }
    }

    private record Seed(String title, String language, List<List<String>> paragraphs, List<String> sentences) {
    }

    private final List<Seed> seeds;
    private final Random random;
    private final long days;
    private final List<Article> recent = new ArrayList<>();
    private int next;

    SyntheticNews(List<Document> corpus, long documents, long randomSeed) {
        this.seeds = split(corpus);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("the seed corpus has no document with at least 3 sentences");
        }
        this.random = new Random(randomSeed);
        this.days = Math.max(30, documents / PER_DAY);
    }

    /** Sentences of each seed, grouped by paragraph (blank-line separated), with the tokenizer's sentence ends. */
    private static List<Seed> split(List<Document> corpus) {
        TokenizeStage tokenizer = new TokenizeStage();
        List<Seed> seeds = new ArrayList<>();
        for (Document doc : corpus) {
            List<List<String>> paragraphs = new ArrayList<>();
            List<String> all = new ArrayList<>();
            for (String paragraph : doc.getText().split("\\n\\s*\\n")) {
                Document part = new Document("p", paragraph.strip());
                part.setLanguage(doc.getLanguage());
                tokenizer.process(part);
                List<String> sentences = new ArrayList<>();
                for (Sentence s : part.getSentences()) {
                    sentences.add(part.getText().substring(s.start(), s.end()).replaceAll("\\s+", " "));
                }
                if (!sentences.isEmpty()) {
                    paragraphs.add(sentences);
                    all.addAll(sentences);
                }
            }
            if (all.size() >= 3 && doc.getLanguage() != null) {
                String title = doc.getTitle() != null && !doc.getTitle().isBlank() ? doc.getTitle() : all.get(0);
                seeds.add(new Seed(title, doc.getLanguage(), paragraphs, all));
            }
        }
        return seeds;
    }

    Article next() {
        String id = String.format("synth-%07d", next++);
        double roll = random.nextDouble();
        Article article;
        if (!recent.isEmpty() && roll < EXACT_COPY_RATE) {
            Article original = recent.get(random.nextInt(recent.size()));
            article = new Article(id, original.title(), laterDay(original.date()), otherPublisher(original.publisher()),
                    original.language(), original.text());
        } else if (!recent.isEmpty() && roll < EXACT_COPY_RATE + EDITED_COPY_RATE) {
            Article original = recent.get(random.nextInt(recent.size()));
            article = new Article(id, original.title(), laterDay(original.date()), otherPublisher(original.publisher()),
                    original.language(), editOneSentence(original));
        } else {
            article = original(id);
            if (recent.size() < RECENT) {
                recent.add(article);
            } else {
                recent.set(random.nextInt(RECENT), article);
            }
        }
        return article;
    }

    private Article original(String id) {
        long dayNumber = random.nextLong(days);
        Seed topic = topicOn(dayNumber);
        StringBuilder text = new StringBuilder();
        String secondSentence = null;
        for (int p = 0; p < topic.paragraphs().size(); p++) {
            StringBuilder paragraph = new StringBuilder();
            for (String sentence : topic.paragraphs().get(p)) {
                // The lead sentence stays (it says what happened); the rest is a random part of the report.
                boolean lead = p == 0 && paragraph.isEmpty() && random.nextDouble() < 0.85;
                if (lead || random.nextDouble() < KEEP_SENTENCE) {
                    if (!lead && secondSentence == null) {
                        secondSentence = sentence;
                    }
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(lead ? sentence : reworded(sentence));
                }
            }
            if (!paragraph.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(paragraph);
            }
        }
        String title = random.nextDouble() < 0.4 || secondSentence == null ? topic.title() : headline(secondSentence);
        String day = FIRST_DAY.plusDays(dayNumber).toString();
        return new Article(id, title, day, PUBLISHERS.get(random.nextInt(PUBLISHERS.size())), topic.language(),
                text.toString());
    }

    /** A corrected or shortened version: one sentence left out (the first copy stays what it was). */
    private String editOneSentence(Article original) {
        String[] paragraphs = original.text().split("\n\n");
        int p = random.nextInt(paragraphs.length);
        int cut = paragraphs[p].indexOf(". ", random.nextInt(Math.max(1, paragraphs[p].length())));
        if (cut < 0) {
            paragraphs[p] = paragraphs[p] + " (Bijgewerkt.)";
        } else {
            int end = paragraphs[p].indexOf(". ", cut + 2);
            paragraphs[p] = paragraphs[p].substring(0, cut + 1) + (end < 0 ? "" : paragraphs[p].substring(end + 1));
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * A topic in the news that day. The seeds take turns in blocks of {@value #BLOCK} neighbours (the samples are
     * ordered by subject), each block for {@value #EPISODE_DAYS} days, so a subject comes back after weeks as a
     * new story. (Articles off the day's topics would keep every story's window open: stories would never end.)
     */
    private Seed topicOn(long day) {
        int blocks = (seeds.size() + BLOCK - 1) / BLOCK;
        int block = (int) ((day / EPISODE_DAYS) % blocks);
        int first = block * BLOCK;
        return seeds.get(first + random.nextInt(Math.min(BLOCK, seeds.size() - first)));
    }

    /**
     * A sentence as another outlet words it: often one inner word left out, which changes the word 5-shingles
     * around it, so that two articles picking the same sentences are not near-duplicates by accident.
     */
    private String reworded(String sentence) {
        if (random.nextDouble() >= REWORD) {
            return sentence;
        }
        String[] words = sentence.split(" ");
        if (words.length < 6) {
            return sentence;
        }
        int drop = 1 + random.nextInt(words.length - 2);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i != drop) {
                out.append(out.isEmpty() ? "" : " ").append(words[i]);
            }
        }
        return out.toString();
    }

    /** A sentence as a headline: without its final stop, cut at a word before 90 characters. */
    private static String headline(String sentence) {
        String s = sentence.strip();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() <= 90) {
            return s;
        }
        int space = s.lastIndexOf(' ', 87);
        return s.substring(0, space > 30 ? space : 87) + " ...";
    }

    private String laterDay(String day) {
        return LocalDate.parse(day).plusDays(random.nextInt(2)).toString();
    }

    private String otherPublisher(String publisher) {
        String other = PUBLISHERS.get(random.nextInt(PUBLISHERS.size()));
        return other.equals(publisher) ? PUBLISHERS.get((PUBLISHERS.indexOf(other) + 1) % PUBLISHERS.size()) : other;
    }

    /** Words for queries: the longer words of the seeds' headlines and leads, as a user would type them. */
    List<String> queryWords() {
        List<String> words = new ArrayList<>();
        for (Seed seed : seeds) {
            String lead = seed.title() + " " + String.join(" ", seed.paragraphs().get(0));
            for (String word : lead.split("[^\\p{L}]+")) {
                if (word.length() >= 5 && !words.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** Two adjacent words of a seed sentence, for phrase queries. */
    String phrase(Random r) {
        Seed seed = seeds.get(r.nextInt(seeds.size()));
        String[] words = seed.sentences().get(r.nextInt(seed.sentences().size())).split("[^\\p{L}]+");
        for (int tries = 0; tries < 10 && words.length >= 2; tries++) {
            int i = r.nextInt(words.length - 1);
            if (words[i].length() >= 3 && words[i + 1].length() >= 3) {
                return "\"" + words[i] + " " + words[i + 1] + "\"";
            }
        }
        return seed.title().split("[^\\p{L}]+")[0];
    }

    LocalDate firstDay() {
        return FIRST_DAY;
    }

    long days() {
        return days;
    }
}
