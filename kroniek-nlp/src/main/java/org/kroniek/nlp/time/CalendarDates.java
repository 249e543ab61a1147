package org.kroniek.nlp.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Values of calendar expressions: named months and dates (with the year chosen by tense), clock times, years,
 * decades, seasons, quarters and named days.
 */
final class CalendarDates {
    private CalendarDates() {
    }

    static Integer optYear(List<String> a, int index, Dct dct) {
        if (a.size() <= index || a.get(index) == null) {
            return null;
        }
        String y = a.get(index).replace("'", "").replace("’", "");
        int v = Integer.parseInt(y);
        if (y.length() == 2) {
            // Two-digit years: the century that puts the year nearest before/around the dct.
            int base = dct.hasYear() ? dct.year() : 2000;
            int candidate = (base / 100) * 100 + v;
            // ...but never before year 0 (a dct in the first century: "24" is 0024, not -0076)
            v = candidate > base + 20 && candidate >= 100 ? candidate - 100 : candidate;
        }
        return v;
    }

    static String monthName(Dct dct, int month, Integer year, Supplier<Tense> tenseCue, boolean strict) {
        if (month < 1 || month > 12) {
            return null;
        }
        if (year != null) {
            return Normalizer.yearString(year) + "-" + Normalizer.pad(month, 2);
        }
        if (!dct.hasYear()) {
            return "XXXX-" + Normalizer.pad(month, 2);
        }
        int y = dct.year();
        if (dct.hasMonth()) {
            // strict: "last July" in July means a year ago, "next July" a year ahead.
            Tense tense = tenseCue.get();
            int shift = strict ? (tense == Tense.PAST ? 1 : -1) : 0;
            y = resolveYear(dct.year(), month * 32 + shift, dct.month() * 32, tense);
        }
        return Normalizer.yearString(y) + "-" + Normalizer.pad(month, 2);
    }

    static String date(Dct dct, int day, int month, Integer year, Supplier<Tense> tense) {
        if (month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (year != null) {
            if (day > YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
            return LocalDate.of(year, month, day).toString();
        }
        if (day > YearMonth.of(2000, month).lengthOfMonth()) {
            return null;
        }
        if (!dct.hasYear()) {
            return "XXXX-" + Normalizer.pad(month, 2) + "-" + Normalizer.pad(day, 2);
        }
        int y = dct.year();
        if (dct.hasMonth()) {
            int ref = dct.month() * 32 + (dct.hasDay() ? dct.date().getDayOfMonth() : 16);
            y = resolveYear(dct.year(), month * 32 + day, ref, tense.get());
        }
        if (day > YearMonth.of(y, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, month, day).toString();
    }

    /** Adds a day of the month to a month value ("2016-12" + 12). */
    static String dateIn(String yearMonth, int day) {
        if (yearMonth == null || yearMonth.length() != 7 || yearMonth.startsWith("X")) {
            return null;
        }
        YearMonth ym = YearMonth.parse(yearMonth);
        return day >= 1 && day <= ym.lengthOfMonth() ? ym.atDay(day).toString() : null;
    }

    /**
     * The year for a month/day given without one, from positions within the year (month*32+day): past tense
     * looks back, future forward, no tense takes the nearest.
     */
    static int resolveYear(int dctYear, int position, int dctPosition, Tense tense) {
        int diff = position - dctPosition;
        // A date within two months of the dct is that one, whatever the tense cue says: "payable Nov. 21" in
        // a report of Nov. 2 is not last year's, and "Oct. 30" in a forward-looking sentence is not next year's.
        return switch (tense) {
            case PAST -> diff > 2 * 32 ? dctYear - 1 : dctYear;
            case FUTURE -> diff < -2 * 32 ? dctYear + 1 : dctYear;
            case NONE -> diff > 6 * 32 ? dctYear - 1 : diff < -6 * 32 ? dctYear + 1 : dctYear;
        };
    }

    static String time(String dayValue, int hour, int minute) {
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || (hour == 24 && minute > 0) || dayValue == null) {
            return null;
        }
        return dayValue + "T" + Normalizer.pad(hour, 2) + ":" + Normalizer.pad(minute, 2);
    }

    /** 12-hour clock: "8 pm" is 20, "12 am" is 0; null for impossible hours. */
    static int hour12(int hour, String ampm) {
        if (hour < 1 || hour > 12) {
            return -1;
        }
        boolean pm = ampm != null && ampm.toLowerCase(Locale.ROOT).startsWith("p");
        return pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
    }

    static String hourOnly(String dayValue, int hour) {
        if (hour < 0 || hour > 23 || dayValue == null) {
            return null;
        }
        return dayValue + "T" + Normalizer.pad(hour, 2);
    }

    /** A clock hour (1-12, read as morning unless later said) moved by minutes: "half negen" is 8:30. */
    static String clock(String dayValue, int hour, int deltaMinutes) {
        if (hour < 1 || hour > 12) {
            return null;
        }
        int minutes = Math.floorMod(hour * 60 + deltaMinutes, 24 * 60);
        return time(dayValue, minutes / 60, minutes % 60);
    }

    static String yearNum(String y, Dct dct) {
        Integer v = optYear(List.of(y), 0, dct);
        if (v == null || v < 1000 || v > 2999) {
            return null;
        }
        return Normalizer.yearString(v);
    }

    /** "jaren negentig" (9), "jaren '90" (90), "1990s" (1990): the latest such decade not after the dct. */
    static String decade(String d, Dct dct) {
        if (d == null) {
            return null;
        }
        String digits = d.replaceAll("[^0-9]", "");
        if (digits.length() == 4) {
            return digits.substring(0, 3);
        }
        int dec = Integer.parseInt(digits);
        if (digits.length() == 2) {
            dec /= 10;
        }
        int ref = dct.hasYear() ? dct.year() : 1999;
        int start = (ref / 100) * 100 + dec * 10;
        if (start > ref) {
            start -= 100;
        }
        return String.valueOf(start / 10);
    }

    static String season(Dct dct, String s, Integer year, Supplier<Tense> tenseCue) {
        if (year != null) {
            return Normalizer.yearString(year) + "-" + s;
        }
        if (!dct.hasMonth()) {
            return dct.hasYear() ? Normalizer.yearString(dct.year()) + "-" + s : "XXXX-" + s;
        }
        int start = seasonStart(s);
        int y = dct.year();
        Tense tense = tenseCue.get();
        if (tense == Tense.PAST && start > dct.month()) {
            y--;
        } else if (tense == Tense.FUTURE && start + 2 < dct.month()) {
            y++;
        }
        return Normalizer.yearString(y) + "-" + s;
    }

    /** "vorige zomer" (-1): the last such season that has ended; "volgende zomer" (1): the next one to start. */
    static String seasonRel(Dct dct, String s, int offset) {
        if (!dct.hasMonth()) {
            return "XXXX-" + s;
        }
        int start = seasonStart(s);
        int y = dct.year();
        if (offset < 0) {
            y = start + 3 <= dct.month() ? y : y - 1;
        } else if (offset > 0) {
            y = start > dct.month() ? y : y + 1;
        }
        return Normalizer.yearString(y) + "-" + s;
    }

    static int seasonStart(String s) {
        return switch (s) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    static String period(Dct dct, String letter, int n, int max, Integer year) {
        if (n < 1 || n > max) {
            return null;
        }
        String y = year != null ? Normalizer.yearString(year) : dct.hasYear() ? Normalizer.yearString(dct.year()) : "XXXX";
        return y + "-" + letter + n;
    }

    static String weekNum(Dct dct, int week, Integer year) {
        if (week < 1 || week > 53) {
            return null;
        }
        String y = year != null ? Normalizer.yearString(year) : dct.hasYear() ? Normalizer.yearString(dct.year()) : "XXXX";
        return y + "-W" + Normalizer.pad(week, 2);
    }

    static String holiday(Dct dct, String spec, Integer year, Supplier<Tense> tense) {
        if (spec == null) {
            return null;
        }
        String part = "";
        int t = spec.indexOf('T');
        if (t > 0 && !spec.startsWith("THANKS")) {
            part = spec.substring(t);
            spec = spec.substring(0, t);
        }
        if (year != null) {
            LocalDate d = Holidays.date(spec, year);
            return d == null ? null : d + part;
        }
        if (!dct.hasYear()) {
            return spec.matches("\\d\\d-\\d\\d") ? "XXXX-" + spec + part : null;
        }
        LocalDate thisYear = Holidays.date(spec, dct.year());
        if (thisYear == null) {
            return null;
        }
        if (!dct.hasDay()) {
            return thisYear + part;
        }
        LocalDate ref = dct.date();
        // The last occurrence on or before the dct and the next one after it.
        LocalDate last = thisYear.isAfter(ref) ? Holidays.date(spec, dct.year() - 1) : thisYear;
        LocalDate next = thisYear.isAfter(ref) ? thisYear : Holidays.date(spec, dct.year() + 1);
        LocalDate chosen = switch (tense.get()) {
            case PAST -> last;
            case FUTURE -> last != null && last.equals(ref) ? last : next;
            // Unmarked: a named day is normally the coming one, unless it was only just now.
            case NONE -> last != null && ChronoUnit.DAYS.between(last, ref) <= 14 ? last : next;
        };
        return chosen == null ? null : chosen + part;
    }
}
