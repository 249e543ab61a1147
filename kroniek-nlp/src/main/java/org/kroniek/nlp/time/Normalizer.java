package org.kroniek.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates the value templates of the rule files against the dct and the sentence tense. Every function
 * returns a TimeML value, or null when the expression is impossible (31 februari, 25:00), which drops the timex.
 * Precision is never invented: what the dct does not tell stays X.
 */
final class Normalizer {
    /**
     * What a template is evaluated against: the match groups (already mapped through lexicons), dct, tense. The
     * tense is costly (the sentence's tense cues), so functions take it as a supplier and ask only if they need it.
     */
    interface Context {
        String group(String name);

        boolean hasGroup(String name);

        Dct dct();

        Tense tense();

        /** How a weekday with no tense cue is read (Dutch: ahead; English news: back). */
        Tense weekdayDefault();
    }

    /** The template functions; a rule file naming any other is rejected when it is loaded. */
    static final java.util.Set<String> FUNCTIONS = java.util.Set.of(
            "day", "week", "weekend", "month", "year", "quarterRel",
            "halfRel", "weekday", "weekdayPrev", "weekdayNext", "weekdayInWeek", "part",
            "monthLast", "monthNext", "time12", "hour12", "monthName", "date",
            "dateIn", "time", "clock", "yearNum", "decade", "century",
            "season", "seasonRel", "quarter", "half", "weekNum", "ago",
            "ahead", "dur", "holidayPast", "holidayNext", "holiday", "concat");

    private Normalizer() {
    }

    /** Throws if the template calls a function that does not exist. */
    static void check(ValueExpr e) {
        if (e.call() && !FUNCTIONS.contains(e.name())) {
            throw new IllegalArgumentException("unknown value function " + e.name() + "()");
        }
        e.args().forEach(Normalizer::check);
    }

    static String evaluate(ValueExpr e, Context ctx) {
        try {
            return eval(e, ctx);
        } catch (RuntimeException ex) {
            // A malformed number or an out-of-range field in odd input: no value rather than an exception.
            return null;
        }
    }

    private static String eval(ValueExpr e, Context ctx) {
        if (!e.call()) {
            return ctx.hasGroup(e.name()) ? ctx.group(e.name()) : e.name();
        }
        List<String> a = new ArrayList<>(e.args().size());
        for (ValueExpr arg : e.args()) {
            a.add(eval(arg, ctx));
        }
        Dct dct = ctx.dct();
        return switch (e.name()) {
            case "day" -> RelativeDates.day(dct, integer(a.get(0)));
            case "week" -> RelativeDates.week(dct, integer(a.get(0)));
            case "weekend" -> suffix(RelativeDates.week(dct, integer(a.get(0))), "-WE");
            case "month" -> RelativeDates.month(dct, integer(a.get(0)));
            case "year" -> dct.hasYear() ? yearString(dct.year() + integer(a.get(0))) : "XXXX";
            case "quarterRel" -> RelativeDates.quarterRel(dct, integer(a.get(0)));
            case "halfRel" -> RelativeDates.halfRel(dct, integer(a.get(0)));
            case "weekday" -> RelativeDates.weekday(dct, integer(a.get(0)),
                    () -> ctx.tense() == Tense.NONE ? ctx.weekdayDefault() : ctx.tense(), 0);
            case "weekdayPrev" -> RelativeDates.weekday(dct, integer(a.get(0)), () -> Tense.PAST, -1);
            case "weekdayNext" -> RelativeDates.weekday(dct, integer(a.get(0)), () -> Tense.FUTURE, 1);
            case "weekdayInWeek" -> RelativeDates.weekdayInWeek(dct, integer(a.get(0)), integer(a.get(1)));
            case "part" -> a.get(0) == null || a.get(1) == null ? null
                    : (a.get(0).equals("PRESENT_REF") ? "XXXX-XX-XX" : a.get(0)) + "T" + a.get(1);
            case "monthLast" -> CalendarDates.monthName(dct, integer(a.get(0)), null, () -> Tense.PAST, true);
            case "monthNext" -> CalendarDates.monthName(dct, integer(a.get(0)), null, () -> Tense.FUTURE, true);
            case "time12" -> CalendarDates.time(a.size() > 3 ? a.get(3) : RelativeDates.dayOrX(dct), CalendarDates.hour12(integer(a.get(0)), a.get(2)),
                    a.get(1) == null ? 0 : integer(a.get(1)));
            case "hour12" -> CalendarDates.hourOnly(a.size() > 2 ? a.get(2) : RelativeDates.dayOrX(dct), CalendarDates.hour12(integer(a.get(0)), a.get(1)));
            case "monthName" -> CalendarDates.monthName(dct, integer(a.get(0)), CalendarDates.optYear(a, 1, dct), ctx::tense, false);
            case "date" -> CalendarDates.date(dct, integer(a.get(0)), integer(a.get(1)), CalendarDates.optYear(a, 2, dct), ctx::tense);
            case "dateIn" -> CalendarDates.dateIn(a.get(0), integer(a.get(1)));
            case "time" -> CalendarDates.time(a.size() > 2 ? a.get(2) : RelativeDates.dayOrX(dct), integer(a.get(0)),
                    a.get(1) == null ? 0 : integer(a.get(1)));
            case "clock" -> CalendarDates.clock(RelativeDates.dayOrX(dct), integer(a.get(0)), integer(a.get(1)));
            case "yearNum" -> CalendarDates.yearNum(a.get(0), dct);
            case "decade" -> CalendarDates.decade(a.get(0), dct);
            case "century" -> String.format(Locale.ROOT, "%02d", integer(a.get(0).replaceAll("\\D", "")) - 1);
            case "season" -> CalendarDates.season(dct, a.get(0), CalendarDates.optYear(a, 1, dct), ctx::tense);
            case "seasonRel" -> CalendarDates.seasonRel(dct, a.get(0), integer(a.get(1)));
            case "quarter" -> CalendarDates.period(dct, "Q", integer(a.get(0)), 4, CalendarDates.optYear(a, 1, dct));
            case "half" -> CalendarDates.period(dct, "H", integer(a.get(0)), 2, CalendarDates.optYear(a, 1, dct));
            case "weekNum" -> CalendarDates.weekNum(dct, integer(a.get(0)), CalendarDates.optYear(a, 1, dct));
            case "ago" -> RelativeDates.shift(dct, a.get(0), a.get(1), -1);
            case "ahead" -> RelativeDates.shift(dct, a.get(0), a.get(1), 1);
            case "dur" -> Durations.duration(a.get(0), a.get(1));
            case "holidayPast" -> CalendarDates.holiday(dct, a.get(0), null, () -> Tense.PAST);
            case "holidayNext" -> CalendarDates.holiday(dct, a.get(0), null, () -> Tense.FUTURE);
            case "holiday" -> CalendarDates.holiday(dct, a.get(0), CalendarDates.optYear(a, 1, dct), ctx::tense);
            case "concat" -> a.contains(null) ? null : String.join("", a);
            default -> throw new IllegalStateException("unknown value function " + e.name());
        };
    }

    private static String suffix(String v, String s) {
        return v == null ? null : v + s;
    }

    static String yearString(int y) {
        if (y < 0 || y > 9999) {
            throw new IllegalArgumentException("year out of range");
        }
        return pad(y, 4);
    }

    /** The number with zeros in front up to the width, as {@code String.format("%0<width>d")} writes it. */
    static String pad(int v, int width) {
        String digits = Long.toString(Math.abs((long) v));
        StringBuilder out = new StringBuilder(width);
        if (v < 0) {
            out.append('-');
        }
        for (int i = digits.length() + out.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits).toString();
    }

    static int integer(String s) {
        if (s == null) {
            throw new IllegalArgumentException("missing number");
        }
        return Integer.parseInt(s.strip().replace("+", ""));
    }
}