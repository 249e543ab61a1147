package org.kroniek.app.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kroniek.nlp.NlpPipelines;
import org.kroniek.nlp.eval.RecordedResults;

/** SemEval-2015 Task 4 track A: the metric on the gold itself, and our timelines against the recorded figure. */
class SemevalTimelineGateTest {
    private static final Path SHARED = Path.of(System.getProperty("kroniek.shared", "../../shared"));
    private static final Path DATA = SHARED.resolve("data/semeval2015-task4-timeline");

    @Test
    void everyGoldTimelineScoresOneHundredAgainstItselfAndLessWhenCutShort() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "../shared absent: SemEval timeline checks skipped");
        int timelines = 0;
        for (Path dir : SemevalCorpus.corpusDirs(DATA)) {
            SemevalCorpus corpus = SemevalCorpus.read(dir);
            assertThat(corpus.articles()).hasSize(30);
            for (String target : corpus.targets()) {
                Timeline gold = corpus.goldFor(target);
                assertThat(gold).as(target).isNotNull();
                timelines++;
                if (gold.rows().isEmpty()) {
                    // "General Motors creditors" has no events: nothing to score, it only adds system relations.
                    assertThat(TemporalAwareness.compare(gold, gold).referenceReduced()).isZero();
                    continue;
                }
                assertThat(TemporalAwareness.compare(gold, gold).f1()).as(target).isEqualTo(1.0);
                Timeline half = new Timeline(target, gold.rows().subList(0, gold.rows().size() / 2));
                TemporalAwareness.Counts c = TemporalAwareness.compare(gold, half);
                assertThat(c.recall()).as(target).isLessThan(1.0);
            }
        }
        assertThat(timelines).isEqualTo(38);
    }

    @Test
    void trackATimelinesStayAtTheRecordedF1() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "../shared absent: SemEval timeline gate skipped");
        TimelineScores scores = SemevalTimelineEvaluator.evaluate(DATA, NlpPipelines.standard(), true);
        System.out.println(scores.toTable());
        assertThat(scores.timelines()).isEqualTo(38);
        assertThat(100 * scores.all().f1()).as("F1 (percent) vs docs/RESULTS.md")
                .isGreaterThanOrEqualTo(RecordedResults.gate("semeval_timeline_f1") - 0.5);
    }
}
