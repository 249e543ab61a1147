package org.kroniek.nlp.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.kroniek.core.Sentence;
import org.kroniek.core.Timex;
import org.kroniek.nlp.time.Dct;
import org.kroniek.nlp.time.TimexAnnotator;

/**
 * Scores the English annotator on TimeML files (*.tml) as TempEval-3 does: the TEXT element is annotated with
 * the document's CREATION_TIME timex as dct, and predictions are matched to the gold TIMEX3 tags.
 */
public final class TimemlEvaluator {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!(?<![\\p{L}])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Inc|Corp|Co|No|[A-Za-z])\\.)(?<=[.!?][\"'”’)]?)\\s+(?=[\"'“‘(]?[A-Z0-9])|\\n\\s*\\n");

    /** A parsed TimeML document: its TEXT, the dct and the gold timexes (offsets into TEXT). */
    public record TimemlDocument(String name, String text, String dct, List<Timex> timexes) {
    }

    private TimemlEvaluator() {
    }

    public static TimemlScores evaluate(Path dir) {
        return evaluate(dir, new TimexAnnotator(), "en", null);
    }

    /** With a non-null {@code log}, every error is appended (for looking at misses). */
    public static TimemlScores evaluate(Path dir, TimexAnnotator annotator, String language, StringBuilder log) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        int gold = 0;
        int predicted = 0;
        int strict = 0;
        int relaxed = 0;
        int type = 0;
        int value = 0;
        for (Path f : files) {
            TimemlDocument doc = read(f);
            List<Timex> pred = annotator.annotate(doc.text(), sentences(doc.text()), language,
                    Dct.parse(doc.dct(), Dct.granularityOf(doc.dct())));
            gold += doc.timexes().size();
            predicted += pred.size();
            boolean[] used = new boolean[pred.size()];
            for (Timex g : doc.timexes()) {
                int best = -1;
                for (int i = 0; i < pred.size(); i++) {
                    Timex p = pred.get(i);
                    if (!used[i] && p.start() < g.end() && g.start() < p.end()) {
                        if (best < 0 || (p.start() == g.start() && p.end() == g.end())) {
                            best = i;
                        }
                    }
                }
                if (best < 0) {
                    note(log, doc, "MISS", g, null);
                    continue;
                }
                used[best] = true;
                Timex p = pred.get(best);
                relaxed++;
                boolean exact = p.start() == g.start() && p.end() == g.end();
                strict += exact ? 1 : 0;
                type += p.type().equals(g.type()) ? 1 : 0;
                boolean v = p.value().equals(g.value());
                value += v ? 1 : 0;
                if (!v || !exact || !p.type().equals(g.type())) {
                    note(log, doc, "DIFF", g, p);
                }
            }
            for (int i = 0; i < pred.size(); i++) {
                if (!used[i]) {
                    note(log, doc, "SPUR", null, pred.get(i));
                }
            }
        }
        return new TimemlScores(files.size(), gold, predicted, strict, relaxed, type, value);
    }

    private static void note(StringBuilder log, TimemlDocument doc, String kind, Timex g, Timex p) {
        if (log == null) {
            return;
        }
        log.append(kind).append('\t').append(doc.name()).append('\t').append(doc.dct()).append('\t')
                .append(g == null ? "-" : g.text() + " " + g.type() + " " + g.value()
                        + (g.mod() == null ? "" : " " + g.mod()))
                .append('\t')
                .append(p == null ? "-" : p.text() + " " + p.type() + " " + p.value()
                        + (p.mod() == null ? "" : " " + p.mod()))
                .append('\n');
    }

    /** Sentences by punctuation and blank lines: enough for the tense cues, which look within a sentence. */
    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                out.add(new Sentence(start, m.start()));
            }
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new Sentence(start, text.length()));
        }
        return out;
    }

    /** Reads TEXT, its TIMEX3 tags (offsets into the TEXT content) and the CREATION_TIME value. */
    public static TimemlDocument read(Path file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            List<Timex> timexes = new ArrayList<>();
            String dct = null;
            boolean inText = false;
            int timexStart = -1;
            String[] attrs = null;
            boolean dctTimex = false;
            StringBuilder dctText = new StringBuilder();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("TEXT")) {
                        inText = true;
                    } else if (name.equals("TIMEX3")) {
                        String fn = r.getAttributeValue(null, "functionInDocument");
                        if ("CREATION_TIME".equals(fn)) {
                            dct = r.getAttributeValue(null, "value");
                            dctTimex = true;
                        } else if (inText) {
                            timexStart = text.length();
                            attrs = new String[] {r.getAttributeValue(null, "type"),
                                    r.getAttributeValue(null, "value"), r.getAttributeValue(null, "mod")};
                        }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE) {
                    if (inText) {
                        text.append(r.getText());
                    } else if (dctTimex) {
                        dctText.append(r.getText());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("TEXT")) {
                        inText = false;
                    } else if (name.equals("TIMEX3")) {
                        dctTimex = false;
                        if (inText && timexStart >= 0 && attrs != null) {
                            timexes.add(new Timex(timexStart, text.length(), text.substring(timexStart),
                                    attrs[0], attrs[1], attrs[2]));
                        }
                        timexStart = -1;
                        attrs = null;
                    }
                }
            }
            String n = file.getFileName().toString();
            return new TimemlDocument(n, text.toString(), dct, List.copyOf(timexes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("bad TimeML in " + file + ": " + e.getMessage(), e);
        }
    }
}
