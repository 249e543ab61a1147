package org.kroniek.nlp.time;

import org.kroniek.core.Document;
import org.kroniek.core.Stage;

/** Pipeline stage "time": fills the document's timexes from its text, sentences, language and dct. */
public final class TimexStage implements Stage {
    private final TimexAnnotator annotator = new TimexAnnotator();

    public TimexStage() {
        // Load both rule files now, so a bad rule file fails at start-up and not mid-batch.
        annotator.rules("nl");
        annotator.rules("en");
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public void process(Document document) {
        Dct dct = Dct.parse(document.getDct(), document.getDctGranularity());
        int sentences = document.getSentences().size();
        document.setTimexes(annotator.annotate(document.getText(), document.getSentences(),
                document.getLanguage(), dct, i -> document.checkTimeBudget(name(), i, sentences)));
    }

    /** The annotator behind this stage, for callers that work on plain strings. */
    public TimexAnnotator annotator() {
        return annotator;
    }
}
