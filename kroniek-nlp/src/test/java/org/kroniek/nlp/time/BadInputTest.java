package org.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.core.Sentence;
import org.kroniek.core.Timex;

/** Impossible dates, missing or broken dcts and absurd years never throw; they give no or underspecified values. */
class BadInputTest {
    private final TimexAnnotator annotator = new TimexAnnotator();

    private List<Timex> nl(String text, String dct) {
        return annotator.annotate(text, "nl", dct, Dct.granularityOf(dct));
    }

    @Test
    void impossibleDayOfMonthGivesNoTimex() {
        assertThat(nl("Op 31 februari gebeurde er niets.", "2016-12-27")).isEmpty();
        assertThat(nl("Het was 30-02-2017 volgens de brief.", "2017-03-01")).isEmpty();
        assertThat(nl("Op 29 februari 2017 werd niets gemeld.", "2017-03-01")).isEmpty();
    }

    @Test
    void leapDayInALeapYearIsFine() {
        assertThat(nl("Op 29 februari 2016 werd het gemeld.", "2017-03-01"))
                .extracting(Timex::value).containsExactly("2016-02-29");
    }

    @Test
    void aTwoDigitYearNeverGoesBeforeYearZero() {
        // found by TimexFuzzTest: with a dct in the first century "26/12/24" became -0076-12-26
        assertThat(nl("Redactie 26/12/24, 17:40", "0001-01-01")).extracting(Timex::value).first()
                .isEqualTo("0024-12-26");
        assertThat(nl("Redactie 26/12/24, 17:40", "2016-12-27")).extracting(Timex::value).first()
                .isEqualTo("2024-12-26");
    }

    @Test
    void impossibleClockTimeGivesNoTimex() {
        assertThat(nl("De trein vertrok om 25:00 uur.", "2016-12-27")).isEmpty();
        assertThat(nl("Het gebeurde om 12.75 uur.", "2016-12-27")).isEmpty();
    }

    @Test
    void missingDctGivesUnderspecifiedValues() {
        List<Timex> t = nl("Gisteren en vorige week zei hij dat het volgend jaar om 12.57 uur begint.", null);
        assertThat(t).extracting(Timex::value)
                .containsExactly("XXXX-XX-XX", "XXXX-WXX", "XXXX", "XXXX-XX-XXT12:57");
    }

    @Test
    void garbageDctIsTreatedAsMissing() {
        assertThat(nl("Maandag viel het besluit.", "gisteren")).extracting(Timex::value)
                .containsExactly("XXXX-WXX-1");
        assertThat(annotator.annotate("Maandag viel het besluit.", "nl", "2017-13-45", DctGranularity.DAY))
                .extracting(Timex::value).containsExactly("XXXX-WXX-1");
    }

    @Test
    void absurdYearsAreNotTimexes() {
        assertThat(nl("In het jaar 99999 en in 12345 leeft niemand meer.", "2016-12-27")).isEmpty();
        assertThat(nl("Hij betaalde 2000 euro voor 1500 mensen.", "2016-12-27")).isEmpty();
    }

    @Test
    void farShiftsDoNotOverflow() {
        assertThatCode(() -> nl("Over 99999 jaar en 88888 eeuwen geleden.", "2016-12-27")).doesNotThrowAnyException();
        assertThatCode(() -> nl("Dat was 5000 jaar geleden.", "0002-01-01")).doesNotThrowAnyException();
    }

    @Test
    void emptyNullAndUnknownLanguageGiveNothing() {
        assertThat(nl("", "2016-12-27")).isEmpty();
        assertThat(annotator.annotate(null, "nl", null, null)).isEmpty();
        assertThat(annotator.annotate("Lundi 3 janvier", "fr", "2016-12-27", DctGranularity.DAY)).isEmpty();
    }

    @Test
    void stageSurvivesSentencesBeyondTheText() {
        Document d = new Document("x", "Maandag.");
        d.setLanguage("nl");
        d.setSentences(List.of(new Sentence(0, 8), new Sentence(9, 40)));
        new TimexStage().process(d);
        assertThat(d.getTimexes()).extracting(Timex::text).containsExactly("Maandag");
    }
}
