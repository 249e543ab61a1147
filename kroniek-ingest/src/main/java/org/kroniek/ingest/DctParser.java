package org.kroniek.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.core.DctGranularity;

/**
 * Turns the date strings found in input (JSON Lines {@code date}, HTML meta tags, {@code --date}) into a
 * {@link Dct} whose granularity is exactly the precision written, never more.
 *
 * <p>A zone offset ({@code Z}, {@code +01:00}) is dropped and the wall-clock time kept: the publisher's local
 * time is what "today" and "Tuesday" in the article refer to.
 */
public final class DctParser {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

    private DctParser() {
    }

    /** The DCT written in {@code text}, or empty when it is not a valid date. */
    public static Optional<Dct> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        Matcher m = ISO.matcher(trimmed);
        if (m.matches()) {
            return fromIsoParts(m);
        }
        return parseRfc1123(trimmed);
    }

    /** A DCT of a known instant's local date and time, to the second. */
    public static Dct ofDateTime(LocalDateTime time) {
        return new Dct(time.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), DctGranularity.SECOND);
    }

    /** A DCT of a calendar day. */
    public static Dct ofDate(LocalDate date) {
        return new Dct(date.toString(), DctGranularity.DAY);
    }

    private static Optional<Dct> fromIsoParts(Matcher m) {
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new Dct(Year.of(year).toString(), DctGranularity.YEAR));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new Dct(month.toString(), DctGranularity.MONTH));
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(ofDate(day));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            if (m.group(6) == null) {
                String minute = day + "T" + time.format(DateTimeFormatter.ofPattern("HH:mm"));
                return Optional.of(new Dct(minute, DctGranularity.MINUTE));
            }
            return Optional.of(ofDateTime(day.atTime(time)));
        } catch (DateTimeException e) {
            return Optional.empty(); // month 13, 31 February, 25:00 ...
        }
    }

    /** Some HTML meta tags carry e-mail style dates: {@code Tue, 27 Dec 2016 12:57:00 +0100}. */
    private static Optional<Dct> parseRfc1123(String text) {
        try {
            ZonedDateTime time = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(ofDateTime(time.toLocalDateTime()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
