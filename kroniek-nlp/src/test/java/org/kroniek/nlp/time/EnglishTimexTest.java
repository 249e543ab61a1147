package org.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kroniek.core.Timex;

/** English phenomena; 2014-10-08 is a Wednesday (ISO week 2014-W41). */
class EnglishTimexTest {
    private static final TimexAnnotator ANNOTATOR = new TimexAnnotator();

    @ParameterizedTest(name = "{1} -> {2} {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2014-10-08 | The minister said Monday that he would stay.        | Monday           | DATE | 2014-10-06 | null
            2014-10-08 | Talks will resume Friday in Geneva.                 | Friday           | DATE | 2014-10-10 | null
            2014-10-08 | Police arrested two men Tuesday night.              | Tuesday night    | TIME | 2014-10-07TNI | null
            2014-10-08 | The vote is expected next Thursday.                 | next Thursday    | DATE | 2014-10-16 | null
            2014-10-08 | Prices rose sharply last week.                      | last week        | DATE | 2014-W40 | null
            2014-10-08 | The report will be published next month.            | next month       | DATE | 2014-11 | null
            2014-10-08 | Sales fell early this year.                         | early this year  | DATE | 2014 | START
            2014-10-08 | The plant closed in late August.                    | late August      | DATE | 2014-08 | END
            2014-10-08 | The law was signed on Sept. 12, 2013.               | Sept. 12, 2013   | DATE | 2013-09-12 | null
            2014-10-08 | The hearing is set for November 3.                  | November 3       | DATE | 2014-11-03 | null
            2014-10-08 | He was born on 4 July 1976.                         | 4 July 1976      | DATE | 1976-07-04 | null
            2014-10-08 | The company was founded in the 1990s.               | the 1990s        | DATE | 199 | null
            2014-10-08 | It shaped the 20th century.                         | 20th century     | DATE | 19 | null
            2014-10-08 | Earnings in the third quarter of 2013 were weak.    | the third quarter of 2013 | DATE | 2013-Q3 | null
            2014-10-08 | Three years ago the mine closed.                    | Three years ago  | DATE | 2011 | null
            2014-10-08 | The strike lasted almost seven weeks.               | almost seven weeks | DURATION | P7W | LESS_THAN
            2014-10-08 | The siege has lasted more than a year.              | more than a year | DURATION | P1Y | MORE_THAN
            2014-10-08 | Over the past two years the deficit grew.           | the past two years | DURATION | P2Y | null
            2014-10-08 | It took a decade to build.                          | a decade         | DURATION | P10Y | null
            2014-10-08 | The flight took 18 months to plan.                  | 18 months        | DURATION | P18M | null
            2014-10-08 | The meeting starts at 3:30 p.m. sharp.              | 3:30 p.m.        | TIME | 2014-10-08T15:30 | null
            2014-10-08 | The market opens every Monday.                      | every Monday     | SET | XXXX-WXX-1 | null
            2014-10-08 | The paper is published weekly.                      | weekly           | SET | P1W | null
            2014-10-08 | The economy is now growing.                         | now              | DATE | PRESENT_REF | null
            2014-10-08 | The shop closes on Christmas Eve.                   | Christmas Eve    | TIME | 2014-12-24TEV | null
            2014-10-08 | Easter 2015 falls in April.                         | Easter 2015      | DATE | 2015-04-05 | null
            """)
    void annotates(String dct, String sentence, String text, String type, String value, String mod) {
        List<Timex> found = ANNOTATOR.annotate(sentence, "en", dct, Dct.granularityOf(dct));
        int start = sentence.indexOf(text);
        assertThat(found).as("timexes of '%s'", sentence)
                .contains(new Timex(start, start + text.length(), text, type, value, mod));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            You may go now, he said, but march on.
            A 30-year-old man was hurt.
            """)
    void ordinaryWordsAreNotTimexes(String sentence) {
        assertThat(ANNOTATOR.annotate(sentence, "en", "2014-10-08", Dct.granularityOf("2014-10-08")))
                .extracting(Timex::text).doesNotContain("may", "march", "30-year");
    }
}
