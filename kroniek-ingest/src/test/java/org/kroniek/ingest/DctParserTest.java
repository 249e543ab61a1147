package org.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kroniek.core.DctGranularity;

class DctParserTest {
    @Test
    void granularityIsThePrecisionWritten() {
        assertThat(DctParser.parse("2016")).contains(new Dct("2016", DctGranularity.YEAR));
        assertThat(DctParser.parse("2016-12")).contains(new Dct("2016-12", DctGranularity.MONTH));
        assertThat(DctParser.parse("2016-12-27")).contains(new Dct("2016-12-27", DctGranularity.DAY));
        assertThat(DctParser.parse("2016-12-27T12:57")).contains(new Dct("2016-12-27T12:57", DctGranularity.MINUTE));
        assertThat(DctParser.parse("2016-12-27 12:57")).contains(new Dct("2016-12-27T12:57", DctGranularity.MINUTE));
        assertThat(DctParser.parse(" 2016-12-27T12:57:03 "))
                .contains(new Dct("2016-12-27T12:57:03", DctGranularity.SECOND));
    }

    @Test
    void zoneIsDroppedAndWallClockKept() {
        assertThat(DctParser.parse("2016-12-27T12:57:03.123+01:00"))
                .contains(new Dct("2016-12-27T12:57:03", DctGranularity.SECOND));
        assertThat(DctParser.parse("2016-12-27T12:57Z")).contains(new Dct("2016-12-27T12:57", DctGranularity.MINUTE));
        assertThat(DctParser.parse("2016-12-27T12:57:00+0100")).map(Dct::value).contains("2016-12-27T12:57:00");
    }

    @Test
    void emailStyleDates() {
        assertThat(DctParser.parse("Tue, 27 Dec 2016 12:57:00 +0100"))
                .contains(new Dct("2016-12-27T12:57:00", DctGranularity.SECOND));
    }

    @Test
    void invalidDatesAreEmpty() {
        assertThat(DctParser.parse("2016-13")).isEmpty();
        assertThat(DctParser.parse("2017-02-29")).isEmpty();
        assertThat(DctParser.parse("2016-12-27T24:30")).isEmpty();
        assertThat(DctParser.parse("27/12/2016")).isEmpty();
        assertThat(DctParser.parse("gisteren")).isEmpty();
        assertThat(DctParser.parse("")).isEmpty();
        assertThat(DctParser.parse(null)).isEmpty();
    }
}
