package org.kroniek.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.core.AnalysisTimeoutException;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentJson;
import org.kroniek.core.Pipeline;
import org.kroniek.core.Stage;
import org.kroniek.core.TimeBudget;

/**
 * The stages that loop over sentences (pos, time, events) check the document's time budget before each one, so a
 * document over budget is stopped inside the stage, not only after it.
 */
class StageTimeBudgetTest {
    private static final Pipeline PIPELINE = NlpPipelines.standard();

    private static Document article() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("Minister Koenders sprak dinsdag in Brussel met Rusland over de onderhandelingen in Astana. ");
        }
        Document doc = new Document("budget-doc", text.toString().strip());
        doc.setLanguage("nl");
        doc.setDct("2016-12-28");
        doc.setDctGranularity(DctGranularity.DAY);
        return doc;
    }

    @Test
    void aSentenceLoopStopsAtTheFirstSentenceOnceTheBudgetIsSpent() throws InterruptedException {
        for (String name : List.of("pos", "time", "events")) {
            Document doc = article();
            // Every stage before this one, unbudgeted.
            for (Stage stage : PIPELINE.stages()) {
                if (stage.name().equals(name)) {
                    break;
                }
                stage.process(doc);
            }
            Stage stage = PIPELINE.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
            doc.useTimeBudget(TimeBudget.start(doc, Duration.ofNanos(1)));
            Thread.sleep(1);
            assertThatThrownBy(() -> stage.process(doc)).as(name)
                    .isInstanceOf(AnalysisTimeoutException.class)
                    .hasMessageContaining("analysis of document budget-doc took")
                    .hasMessageContaining("by stage '" + name + "', stopped at sentence 1 of 30; skipped");
        }
    }

    @Test
    void withinItsBudgetADocumentIsAnalysedExactlyAsWithout() {
        Document budgeted = article();
        PIPELINE.process(budgeted, Duration.ofSeconds(60));
        Document plain = article();
        PIPELINE.process(plain);
        assertThat(budgeted.getEvents()).isNotEmpty();
        assertThat(DocumentJson.toLine(budgeted)).isEqualTo(DocumentJson.toLine(plain));
    }
}
