package org.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kroniek.core.DctGranularity;

/** The computed parts of normalisation: Easter, moving holidays, durations and the dct parser. */
class CalendarTest {
    @Test
    void easterSundays() {
        assertThat(Holidays.easter(2016)).isEqualTo(LocalDate.of(2016, 3, 27));
        assertThat(Holidays.easter(2017)).isEqualTo(LocalDate.of(2017, 4, 16));
        assertThat(Holidays.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(Holidays.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Holidays.date("E+49", 2017)).isEqualTo(LocalDate.of(2017, 6, 4));
    }

    @Test
    void kingsDayMovesOffSunday() {
        assertThat(Holidays.date("KONINGSDAG", 2014)).isEqualTo(LocalDate.of(2014, 4, 26));
        assertThat(Holidays.date("KONINGSDAG", 2017)).isEqualTo(LocalDate.of(2017, 4, 27));
        assertThat(Holidays.date("KONINGSDAG", 2010)).isNull();
        assertThat(Holidays.date("PRINSJESDAG", 2018)).isEqualTo(LocalDate.of(2018, 9, 18));
    }

    @Test
    void durations() {
        assertThat(Durations.duration("1.5", "Y")).isEqualTo("P18M");
        assertThat(Durations.duration("0.5", "D")).isEqualTo("PT12H");
        assertThat(Durations.duration("2", "W")).isEqualTo("P2W");
        assertThat(Durations.duration("X", "Y")).isEqualTo("PXY");
        assertThat(Durations.duration("3", "H")).isEqualTo("PT3H");
        assertThat(Durations.duration("2,5", "M")).isEqualTo("P2.5M");
        assertThat(Durations.duration("1", "DEY")).isEqualTo("P10Y");
    }

    @Test
    void dctParsingRespectsGranularity() {
        Dct minute = Dct.parse("2016-12-27T12:57", DctGranularity.MINUTE);
        assertThat(minute.date()).isEqualTo(LocalDate.of(2016, 12, 27));
        assertThat(minute.time()).isEqualTo("12:57");
        Dct month = Dct.parse("2017-01-15", DctGranularity.MONTH);
        assertThat(month.hasMonth()).isTrue();
        assertThat(month.hasDay()).isFalse();
        assertThat(Dct.parse("2017-02-30", DctGranularity.DAY).hasDay()).isFalse();
        assertThat(Dct.parse(null, DctGranularity.DAY)).isEqualTo(Dct.NONE);
        assertThat(Dct.granularityOf("2017-01")).isEqualTo(DctGranularity.MONTH);
        assertThat(Dct.granularityOf("2016-12-27T12:57")).isEqualTo(DctGranularity.MINUTE);
    }

    @Test
    void isoWeeksAcrossYearEnd() {
        assertThat(RelativeDates.isoWeek(LocalDate.of(2017, 1, 1))).isEqualTo("2016-W52");
        assertThat(RelativeDates.isoWeek(LocalDate.of(2018, 12, 31))).isEqualTo("2019-W01");
    }
}
