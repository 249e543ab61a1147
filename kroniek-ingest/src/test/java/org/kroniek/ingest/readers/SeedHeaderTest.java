package org.kroniek.ingest.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kroniek.core.DctGranularity;
import org.kroniek.ingest.Dct;

class SeedHeaderTest {
    private static final String MINUS = "\u2212";

    @Test
    void fullHeaderGivesMinuteBylineAndPublisher() {
        String text = " date 2016-12 Redactie " + MINUS + " 27/12/16, 12:57 " + MINUS + " bron: ANP\n\nDe tekst.";
        SeedHeader header = SeedHeader.parse(text).orElseThrow();
        assertThat(header.dct()).isEqualTo(new Dct("2016-12-27T12:57", DctGranularity.MINUTE));
        assertThat(header.byline()).isEqualTo("Redactie");
        assertThat(header.publisher()).isEqualTo("ANP");
        assertThat(header.warning()).isNull();
        assertThat(text.substring(header.bodyStart())).isEqualTo("\nDe tekst.");
    }

    @Test
    void hyphenInsideTheBylineDoesNotEndIt() {
        SeedHeader header = SeedHeader.parse(" date 2019-03 Jan-Willem de Vries - 4/3/19, 9:05 - bron: NOS\nTekst")
                .orElseThrow();
        assertThat(header.byline()).isEqualTo("Jan-Willem de Vries");
        assertThat(header.dct().value()).isEqualTo("2019-03-04T09:05");
    }

    @Test
    void emptyBylineAndSourceBecomeNull() {
        SeedHeader header = SeedHeader.parse(" date 2016-12 " + MINUS + " 27/12/16, 12:57 " + MINUS + " bron:\nx")
                .orElseThrow();
        assertThat(header.byline()).isNull();
        assertThat(header.publisher()).isNull();
        assertThat(header.dct().granularity()).isEqualTo(DctGranularity.MINUTE);
    }

    @Test
    void shortHeaderLeavesTheRestOfTheLineAsBody() {
        String text = " date 2017-01 Vertegenwoordigers van de oppositie.\n\nTweede alinea.";
        SeedHeader header = SeedHeader.parse(text).orElseThrow();
        assertThat(header.dct()).isEqualTo(new Dct("2017-01", DctGranularity.MONTH));
        assertThat(header.byline()).isNull();
        assertThat(text.substring(header.bodyStart()).strip()).startsWith("Vertegenwoordigers");
    }

    @Test
    void headerWithAFullDateIsAcceptedToo() {
        SeedHeader full = SeedHeader.parse(" date 2024-03-12 Redactie − 12/03/24, 14:05 − bron: ANP\nx").orElseThrow();
        assertThat(full.dct()).isEqualTo(new Dct("2024-03-12T14:05", DctGranularity.MINUTE));
        SeedHeader dayOnly = SeedHeader.parse(" date 2024-03-12\n\nDe brug is open.").orElseThrow();
        assertThat(dayOnly.dct()).isEqualTo(new Dct("2024-03-12", DctGranularity.DAY));
        SeedHeader badDay = SeedHeader.parse(" date 2024-02-31\nx").orElseThrow();
        assertThat(badDay.dct()).isEqualTo(new Dct("2024-02", DctGranularity.MONTH));
        assertThat(badDay.warning()).contains("not a day");
    }

    @Test
    void impossibleDayDegradesToTheMonthWithAWarning() {
        SeedHeader header = SeedHeader.parse(" date 2016-12 Redactie - 32/12/16, 12:57 - bron: ANP\nx").orElseThrow();
        assertThat(header.dct()).isEqualTo(new Dct("2016-12", DctGranularity.MONTH));
        assertThat(header.warning()).contains("32/12/16, 12:57").contains("not a valid date");
        assertThat(header.publisher()).isEqualTo("ANP");
    }

    @Test
    void impossibleTimeDegradesToTheMonth() {
        SeedHeader header = SeedHeader.parse(" date 2016-12 R - 27/12/16, 25:61 - bron: ANP\nx").orElseThrow();
        assertThat(header.dct().granularity()).isEqualTo(DctGranularity.MONTH);
    }

    @Test
    void dateThatDisagreesWithTheHeaderMonthDegradesToTheMonth() {
        SeedHeader header = SeedHeader.parse(" date 2016-12 R - 27/11/16, 12:57 - bron: ANP\nx").orElseThrow();
        assertThat(header.dct()).isEqualTo(new Dct("2016-12", DctGranularity.MONTH));
        assertThat(header.warning()).contains("disagrees");
    }

    @Test
    void impossibleMonthDegradesToTheYear() {
        SeedHeader header = SeedHeader.parse(" date 2016-13 R - 27/13/16, 12:57 - bron: ANP\nx").orElseThrow();
        assertThat(header.dct()).isEqualTo(new Dct("2016", DctGranularity.YEAR));
        assertThat(header.warning()).contains("month 13");
        assertThat(SeedHeader.parse(" date 2016-00 tekst").orElseThrow().dct().granularity())
                .isEqualTo(DctGranularity.YEAR);
    }

    @Test
    void crlfAfterTheHeaderIsAccepted() {
        SeedHeader header = SeedHeader.parse(" date 2016-12 R - 27/12/16, 12:57 - bron: ANP\r\nTekst").orElseThrow();
        assertThat(header.publisher()).isEqualTo("ANP");
    }

    @Test
    void textWithoutHeaderIsNotASeed() {
        assertThat(SeedHeader.parse("Gewoon een tekst.")).isEmpty();
        assertThat(SeedHeader.parse(" date 2016")).isEmpty();
        assertThat(SeedHeader.parse(" date 2016-12x tekst")).isEmpty();
        assertThat(SeedHeader.parse("")).isEmpty();
    }

    @Test
    void randomDamageNeverThrows() {
        String valid = " date 2016-12 Redactie " + MINUS + " 27/12/16, 12:57 " + MINUS + " bron: ANP\n\nTekst.";
        String alphabet = " date0123456789-/:,\u2212bron\n\r\t";
        Random random = new Random(42);
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder(valid);
            for (int edits = random.nextInt(4); edits >= 0; edits--) {
                int at = random.nextInt(s.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                if (random.nextBoolean()) {
                    s.setCharAt(at, c);
                } else {
                    s.insert(at, c);
                }
            }
            String damaged = s.toString();
            assertThatCode(() -> SeedHeader.parse(damaged).ifPresent(h -> {
                assertThat(h.bodyStart()).isBetween(0, damaged.length());
                assertThat(h.dct()).isNotNull();
            })).as(damaged).doesNotThrowAnyException();
        }
    }
}
