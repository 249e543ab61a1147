package org.kroniek.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Mention;
import org.kroniek.nlp.pos.PosTagStage;
import org.kroniek.nlp.tokenize.TokenizeStage;

/** Builds tagged documents for the linker tests: real tokens and POS tags, entities given by the test. */
final class Documents {
    private static final TokenizeStage TOKENIZE = new TokenizeStage();
    private static final PosTagStage POS = new PosTagStage();

    private Documents() {
    }

    /**
     * A document whose entities are the given surfaces in order, each as "surface/TYPE"; each is found after
     * the previous one.
     */
    static Document tagged(String language, String dct, String text, String... entities) {
        Document doc = new Document("test", text);
        doc.setLanguage(language);
        doc.setDct(dct);
        TOKENIZE.process(doc);
        POS.process(doc);
        List<Entity> list = new ArrayList<>();
        int from = 0;
        for (String spec : entities) {
            int slash = spec.lastIndexOf('/');
            String surface = spec.substring(0, slash);
            int at = text.indexOf(surface, from);
            if (at < 0) {
                throw new IllegalArgumentException("'" + surface + "' not in the text after " + from);
            }
            list.add(new Entity(at, at + surface.length(), surface, spec.substring(slash + 1), null, null, 1.0));
            from = at + surface.length();
        }
        doc.setEntities(list);
        return doc;
    }

    static Entity entity(Document doc, String surface, int occurrence) {
        int seen = 0;
        for (Entity e : doc.getEntities()) {
            if (e.text().equals(surface) && seen++ == occurrence) {
                return e;
            }
        }
        throw new AssertionError("no entity '" + surface + "' #" + occurrence + " in " + doc.getEntities());
    }

    static Mention mention(Document doc, String text) {
        return doc.getMentions().stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + doc.getMentions()));
    }
}
