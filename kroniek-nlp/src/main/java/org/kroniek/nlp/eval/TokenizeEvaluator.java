package org.kroniek.nlp.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.core.Sentence;
import org.kroniek.core.Token;
import org.kroniek.nlp.conllu.ConlluReader;
import org.kroniek.nlp.conllu.ConlluSentence;
import org.kroniek.nlp.tokenize.SentenceSplitter;
import org.kroniek.nlp.tokenize.Tokenizer;

/**
 * Scores the tokenizer and sentence splitter against a CoNLL-U treebank (e.g. UD Dutch Alpino or
 * LassySmall). The raw text of each document is rebuilt from the {@code # text} lines of its sentences,
 * our code tokenizes and splits that text, and spans are compared exactly.
 *
 * <p>What limits the sentence scores is the reconstruction, not only the splitter: a treebank stores
 * sentences, not layout. UD LassySmall puts section headings, list items and captions (a quarter of its
 * sentences end without punctuation) inside running paragraphs, so in the rebuilt text they run into the
 * next sentence with a plain space, where the original had a line break. {@link TextLayout#RUNNING_TEXT}
 * shows the score without any paragraph help at all.
 */
public final class TokenizeEvaluator {
    /** Ids such as {@code wiki-135.p.10.s.2}: document {@code wiki-135}, paragraph 10, sentence 2. */
    private static final Pattern PARAGRAPH_ID = Pattern.compile("^(.*)\\.p\\.(\\d+)\\.s\\.");

    private TokenizeEvaluator() {
    }

    /** Dutch rules, documents and paragraphs as the treebank records them. */
    public static TokenizeScores evaluate(Path conllu) throws IOException {
        return evaluate(conllu, "nl", TextLayout.PARAGRAPHS, null);
    }

    /**
     * @param language tokenizer language ({@code nl}, {@code en})
     * @param errors   if not null, receives one line per missed or spurious token and sentence
     */
    public static TokenizeScores evaluate(Path conllu, String language, TextLayout layout,
                                          Consumer<String> errors) throws IOException {
        List<GoldDocument> documents = GoldDocument.build(ConlluReader.read(conllu), layout);
        Tokenizer tokenizer = Tokenizer.forLanguage(language);
        SentenceSplitter splitter = SentenceSplitter.forLanguage(language);
        Counts tokens = new Counts();
        Counts sentences = new Counts();
        long unaligned = 0;
        for (GoldDocument document : documents) {
            String text = document.text();
            List<Token> systemTokens = tokenizer.tokenize(text);
            List<Sentence> systemSentences = splitter.split(text, systemTokens);
            tokens.add(text, "token", document.tokens(), spansOfTokens(systemTokens), errors);
            sentences.add(text, "sentence", document.sentences(), spansOfSentences(systemSentences), errors);
            unaligned += document.unalignedTokens();
        }
        return new TokenizeScores(conllu.toString(), layout.name().toLowerCase(java.util.Locale.ROOT),
                tokens.gold, tokens.system, tokens.matched,
                sentences.gold, sentences.system, sentences.matched, unaligned);
    }

    private static List<Long> spansOfTokens(List<Token> tokens) {
        List<Long> spans = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            spans.add(span(token.start(), token.end()));
        }
        return spans;
    }

    private static List<Long> spansOfSentences(List<Sentence> sentences) {
        List<Long> spans = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            spans.add(span(sentence.start(), sentence.end()));
        }
        return spans;
    }

    static long span(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static int start(long span) {
        return (int) (span >>> 32);
    }

    private static int end(long span) {
        return (int) span;
    }

    /** Exact-span match counts, accumulated over documents. */
    private static final class Counts {
        long gold;
        long system;
        long matched;

        void add(String text, String kind, List<Long> goldSpans, List<Long> systemSpans, Consumer<String> errors) {
            Set<Long> goldSet = new HashSet<>(goldSpans);
            Set<Long> systemSet = new HashSet<>(systemSpans);
            gold += goldSet.size();
            system += systemSet.size();
            for (Long span : systemSet) {
                if (goldSet.contains(span)) {
                    matched++;
                }
            }
            if (errors != null) {
                report(text, kind, "missed", goldSpans, systemSet, errors);
                report(text, kind, "spurious", systemSpans, goldSet, errors);
            }
        }

        private static void report(String text, String kind, String what, List<Long> spans, Set<Long> other,
                                   Consumer<String> errors) {
            for (long span : spans) {
                if (!other.contains(span)) {
                    int from = Math.max(0, start(span) - 30);
                    int to = Math.min(text.length(), end(span) + 30);
                    String covered = text.substring(start(span), end(span));
                    if (covered.length() > 120) {
                        covered = covered.substring(0, 55) + " ... " + covered.substring(covered.length() - 55);
                    }
                    errors.accept(kind + " " + what + ": «" + covered + "»   context: "
                            + text.substring(from, to).replace('\n', '¶'));
                }
            }
        }
    }

    /** One document's rebuilt text with the gold token and sentence spans in it. */
    private record GoldDocument(String text, List<Long> tokens, List<Long> sentences, int unalignedTokens) {

        static List<GoldDocument> build(List<ConlluSentence> sentences, TextLayout layout) {
            boolean marked = sentences.stream().anyMatch(s -> s.newDoc() || s.newPar());
            List<GoldDocument> documents = new ArrayList<>();
            Builder builder = null;
            String lastDocument = null;
            String lastParagraph = null;
            for (ConlluSentence sentence : sentences) {
                boolean newDocument;
                boolean newParagraph;
                if (marked) {
                    newDocument = sentence.newDoc();
                    newParagraph = sentence.newPar() || newDocument;
                } else {
                    Matcher m = PARAGRAPH_ID.matcher(sentence.id() == null ? "" : sentence.id());
                    String document = m.find() ? m.group(1) : "";
                    String paragraph = m.find(0) ? m.group(1) + "#" + m.group(2) : "";
                    newDocument = !document.equals(lastDocument);
                    newParagraph = newDocument || !paragraph.equals(lastParagraph);
                    lastDocument = document;
                    lastParagraph = paragraph;
                }
                if (builder == null || newDocument) {
                    if (builder != null) {
                        documents.add(builder.build());
                    }
                    builder = new Builder();
                } else {
                    builder.separate(newParagraph && layout == TextLayout.PARAGRAPHS ? "\n\n" : " ");
                }
                builder.append(sentence);
            }
            if (builder != null) {
                documents.add(builder.build());
            }
            return documents;
        }

        private static final class Builder {
            private final StringBuilder text = new StringBuilder();
            private final List<Long> tokens = new ArrayList<>();
            private final List<Long> sentences = new ArrayList<>();
            private int unaligned;

            void separate(String separator) {
                text.append(separator);
            }

            /** Appends the sentence text and finds each gold token in it, left to right. */
            void append(ConlluSentence sentence) {
                int offset = text.length();
                String raw = sentence.text();
                text.append(raw);
                int cursor = 0;
                int first = -1;
                int last = -1;
                for (String form : sentence.surfaceTokens()) {
                    int at = raw.startsWith(form, cursor) ? cursor : raw.indexOf(form, cursor);
                    if (at < 0) {
                        unaligned++;
                        continue;
                    }
                    tokens.add(span(offset + at, offset + at + form.length()));
                    cursor = at + form.length();
                    if (first < 0) {
                        first = at;
                    }
                    last = cursor;
                }
                if (first >= 0) {
                    sentences.add(span(offset + first, offset + last));
                }
            }

            GoldDocument build() {
                return new GoldDocument(text.toString(), tokens, sentences, unaligned);
            }
        }
    }
}
