package org.kroniek.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates of named days for a given year. A spec from the rule file is {@code MM-DD} (fixed), {@code E+n} / {@code E-n}
 * (days from Easter Sunday), {@code KONINGSDAG} or {@code PRINSJESDAG}. Returns null when the day does not
 * exist in that year (Koningsdag before 2014).
 */
final class Holidays {
    /** Parsed fixed days by spec; the specs are the rule files' holiday values, a small fixed set. */
    private static final Map<String, MonthDay> FIXED = new ConcurrentHashMap<>();

    private Holidays() {
    }

    static LocalDate date(String spec, int year) {
        if (spec.startsWith("E")) {
            return easter(year).plusDays(Integer.parseInt(spec.substring(1).replace("+", "")));
        }
        switch (spec) {
            case "KONINGSDAG" -> {
                // 27 April since 2014; moved to the 26th when it falls on a Sunday.
                if (year < 2014) {
                    return null;
                }
                LocalDate d = LocalDate.of(year, 4, 27);
                return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(1) : d;
            }
            case "KONINGINNEDAG" -> {
                if (year < 1949 || year > 2013) {
                    return null;
                }
                LocalDate d = LocalDate.of(year, 4, 30);
                return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(1) : d;
            }
            case "PRINSJESDAG" -> {
                return LocalDate.of(year, 9, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY));
            }
            case "THANKSGIVING" -> {
                return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            }
            default -> {
                MonthDay md = FIXED.computeIfAbsent(spec, k -> MonthDay.parse("--" + k));
                return md.isValidYear(year) ? md.atYear(year) : null;
            }
        }
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
