package org.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimemlEvaluatorTest {
    @TempDir
    Path dir;

    private static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>x</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2014-10-08" functionInDocument="CREATION_TIME">October 8, 2014</TIMEX3></DCT>
            <TEXT>
            The board <EVENT eid="e1">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2014-10-06">Monday</TIMEX3> &amp; agreed.
            Talks lasted <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> and resume <TIMEX3 tid="t3" type="DATE" value="2014-W42">next week</TIMEX3>.
            It was <TIMEX3 tid="t4" type="DATE" value="PAST_REF">the old days</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsTextTimexesAndDct() throws IOException {
        Path f = dir.resolve("a.tml");
        Files.writeString(f, TML);
        TimemlEvaluator.TimemlDocument d = TimemlEvaluator.read(f);
        assertThat(d.dct()).isEqualTo("2014-10-08");
        assertThat(d.timexes()).hasSize(4);
        assertThat(d.timexes().get(0).text()).isEqualTo("Monday");
        assertThat(d.text().substring(d.timexes().get(1).start(), d.timexes().get(1).end())).isEqualTo("three days");
        assertThat(d.text()).contains("& agreed");
    }

    @Test
    void scoresStrictRelaxedAndValue() throws IOException {
        Files.writeString(dir.resolve("a.tml"), TML);
        TimemlScores s = TimemlEvaluator.evaluate(dir);
        assertThat(s.documents()).isEqualTo(1);
        assertThat(s.gold()).isEqualTo(4);
        // Monday, three days and next week are found and right; "the old days" is missed.
        assertThat(s.strictMatches()).isEqualTo(3);
        assertThat(s.valueMatches()).isEqualTo(3);
        assertThat(s.strictRecall()).isEqualTo(0.75);
        assertThat(s.toJsonMap()).containsKeys("strict_f1", "relaxed_f1", "type_f1", "value_f1");
        assertThat(s.toTable()).contains("value F1");
    }
}
