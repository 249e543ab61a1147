package org.kroniek.app.eval.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * TimeML counts far more events than kroniek's coded ones: most are verbs ("unveiled", "has", "comes"). This
 * finds them with OpenNLP's English UD part-of-speech model (tag VERB; auxiliaries are AUX) on the task's own
 * tokens. The model is loaded once; a tagger is made per call (POSTaggerME keeps state, so it is not shared).
 */
final class EventVerbs {
    /** The file inside opennlp-models-pos-en 1.3.0 (its model.properties clashes with langdetect's, so by name). */
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private final POSModel model;

    EventVerbs() {
        this.model = load();
    }

    /** Indexes of the verbs among a sentence's tokens. */
    List<Integer> find(List<String> tokens) {
        String[] tags = new POSTaggerME(model).tag(tokens.toArray(String[]::new));
        List<Integer> verbs = new ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            if ("VERB".equals(tags[i])) {
                verbs.add(i);
            }
        }
        return verbs;
    }

    private static POSModel load() {
        try (InputStream bin = EventVerbs.class.getResourceAsStream(MODEL)) {
            if (bin == null) {
                throw new IllegalStateException("English POS model " + MODEL
                        + " missing from the classpath (org.apache.opennlp:opennlp-models-pos-en)");
            }
            return new POSModel(bin);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the English POS model " + MODEL, e);
        }
    }
}
