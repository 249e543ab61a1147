package org.kroniek.app.analyze;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.Entity;
import org.kroniek.core.Event;
import org.kroniek.core.Sentence;
import org.kroniek.core.Timex;

/** A readable summary per document: metadata, the segmented text and whatever layers the pipeline filled. */
final class TextSummaryWriter implements DocumentWriter {
    private static final int MAX_SENTENCE_CHARS = 160;
    private final PrintStream out;

    TextSummaryWriter(OutputStream out) {
        this.out = new PrintStream(out, false, StandardCharsets.UTF_8);
    }

    @Override
    public void document(Document doc) {
        out.println("== " + doc.getId() + "  [" + doc.getLanguage() + "]  " + dct(doc)
                + describe("  by ", doc.getByline()) + describe("  from ", doc.getPublisher()));
        out.println("   source: " + doc.getSource() + describe("\n   title: ", doc.getTitle()));
        out.println("   " + doc.getSentences().size() + " sentences, " + doc.getTokens().size() + " tokens, "
                + doc.getEntities().size() + " entities, " + doc.getTimexes().size() + " time expressions, "
                + doc.getEvents().size() + " events");
        List<Sentence> sentences = doc.getSentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String text = oneLine(doc.span(s.start(), s.end()));
            out.printf("   %3d %s%s%n", i, s.heading() ? "# " : "", shorten(text));
        }
        for (Entity e : doc.getEntities()) {
            out.println("   entity  " + e.text() + " " + e.type() + describe(" -> ", e.canonical())
                    + describe(" ", e.actor()));
        }
        for (Timex t : doc.getTimexes()) {
            out.println("   time    " + t.text() + " " + t.type() + " = " + t.value() + describe(" ", t.mod()));
        }
        for (Event e : doc.getEvents()) {
            out.println("   event   " + e.type() + ": " + or(e.actor()) + " -> " + or(e.target())
                    + " (" + e.trigger().text() + ")" + describe(" on ", e.date())
                    + describe(" in ", e.location()) + " [" + e.mode() + "]" + describe(" says ", e.source()));
        }
        out.println();
    }

    @Override
    public void error(DocumentError error) {
        out.println("!! " + error);
        out.println();
    }

    @Override
    public void close() {
        out.flush();
    }

    private static String dct(Document doc) {
        return doc.getDct() == null ? "(no date)" : doc.getDct() + " (" + doc.getDctGranularity().jsonName() + ")";
    }

    private static String describe(String label, String value) {
        return value == null || value.isEmpty() ? "" : label + value;
    }

    private static String or(String value) {
        return value == null ? "?" : value;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String text) {
        return text.length() <= MAX_SENTENCE_CHARS ? text : text.substring(0, MAX_SENTENCE_CHARS - 1) + "…";
    }
}
