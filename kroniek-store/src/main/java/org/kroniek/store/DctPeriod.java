package org.kroniek.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a document creation time covers: {@code 2025-02} covers all of February, {@code 2024-12-26T17:40}
 * one day. Date filters match documents whose period overlaps the asked range, so a month-precise article is
 * neither lost nor given a precision it does not have.
 */
public record DctPeriod(LocalDate first, LocalDate last) {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

    /** Parses {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} with an optional time part. */
    public static Optional<DctPeriod> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new DctPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new DctPeriod(month.atDay(1), month.atEndOfMonth()));
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return Optional.of(new DctPeriod(day, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The day (or month, or year) a document belongs to in per-day counts: the dct cut to its precision. */
    public static String bucket(String dct) {
        if (dct == null) {
            return null;
        }
        return dct.length() > 10 ? dct.substring(0, 10) : dct;
    }
}
