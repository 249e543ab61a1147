package org.kroniek.nlp.time;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.Supplier;

/** Values relative to the dct: today, this week, last month, the coming Tuesday, three days ago. */
final class RelativeDates {
    private RelativeDates() {
    }

    static String day(Dct dct, int offset) {
        if (dct.hasDay()) {
            return dct.date().plusDays(offset).toString();
        }
        return offset == 0 ? "PRESENT_REF" : "XXXX-XX-XX";
    }

    static String dayOrX(Dct dct) {
        return dct.hasDay() ? dct.date().toString() : "XXXX-XX-XX";
    }

    static String week(Dct dct, int offset) {
        if (!dct.hasDay()) {
            return "XXXX-WXX";
        }
        return isoWeek(dct.date().plusWeeks(offset));
    }

    static String isoWeek(LocalDate d) {
        return Normalizer.pad(d.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W"
                + Normalizer.pad(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    static String month(Dct dct, int offset) {
        if (!dct.hasMonth()) {
            return "XXXX-XX";
        }
        return YearMonth.of(dct.year(), dct.month()).plusMonths(offset).toString();
    }

    static String quarterRel(Dct dct, int offset) {
        if (!dct.hasMonth()) {
            return "XXXX-QX";
        }
        int q = dct.year() * 4 + (dct.month() - 1) / 3 + offset;
        return Normalizer.yearString(Math.floorDiv(q, 4)) + "-Q" + (Math.floorMod(q, 4) + 1);
    }

    static String halfRel(Dct dct, int offset) {
        if (!dct.hasMonth()) {
            return "XXXX-HX";
        }
        int h = dct.year() * 2 + (dct.month() - 1) / 6 + offset;
        return Normalizer.yearString(Math.floorDiv(h, 2)) + "-H" + (Math.floorMod(h, 2) + 1);
    }

    /**
     * A weekday: past tense the most recent such day on or before the dct, otherwise the next on or after it;
     * {@code strict} = -1/1 excludes the dct itself ("vorige dinsdag", "komende dinsdag").
     */
    static String weekday(Dct dct, int dow, Supplier<Tense> tense, int strict) {
        if (dow < 1 || dow > 7) {
            return null;
        }
        if (!dct.hasDay()) {
            return "XXXX-WXX-" + dow;
        }
        DayOfWeek day = DayOfWeek.of(dow);
        LocalDate d = dct.date();
        if (tense.get() == Tense.PAST) {
            return d.with(strict < 0 ? TemporalAdjusters.previous(day) : TemporalAdjusters.previousOrSame(day))
                    .toString();
        }
        return d.with(strict > 0 ? TemporalAdjusters.next(day) : TemporalAdjusters.nextOrSame(day)).toString();
    }

    /** "maandag van volgende week": the weekday in the week at the offset from the dct's week. */
    static String weekdayInWeek(Dct dct, int dow, int weekOffset) {
        if (!dct.hasDay()) {
            return "XXXX-WXX-" + dow;
        }
        return dct.date().plusWeeks(weekOffset).with(DayOfWeek.of(dow)).toString();
    }


    /** "drie dagen geleden" / "over twee weken": the dct moved by n units, at the unit's precision. */
    static String shift(Dct dct, String amount, String unit, int sign) {
        if (amount == null || unit == null) {
            return null;
        }
        if (amount.equals("X")) {
            return sign < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        BigDecimal n = new BigDecimal(amount.replace(',', '.'));
        if (n.scale() > 0 && n.stripTrailingZeros().scale() > 0) {
            // Fractional shifts: express in the next smaller unit.
            return switch (unit) {
                case "Y" -> shift(dct, n.multiply(BigDecimal.valueOf(12)).toPlainString(), "M", sign);
                case "M" -> shift(dct, n.multiply(BigDecimal.valueOf(30)).toPlainString(), "D", sign);
                case "W" -> shift(dct, n.multiply(BigDecimal.valueOf(7)).toPlainString(), "D", sign);
                default -> sign < 0 ? "PAST_REF" : "FUTURE_REF";
            };
        }
        long k = n.longValueExact() * sign;
        if (Math.abs(k) > 100_000) {
            return null;
        }
        return switch (unit) {
            case "D" -> day(dct, (int) k);
            case "W" -> week(dct, (int) k);
            case "M" -> month(dct, (int) k);
            case "Y" -> dct.hasYear() ? Normalizer.yearString((int) (dct.year() + k)) : "XXXX";
            case "DE", "DEY" -> dct.hasYear() ? Normalizer.yearString((int) (dct.year() + 10 * k)).substring(0, 3) : "XXX";
            case "CE" -> dct.hasYear() ? Normalizer.yearString((int) (dct.year() + 100 * k)).substring(0, 2) : "XX";
            case "Q" -> quarterRel(dct, (int) k);
            case "H", "MI" -> timeShift(dct, k, unit);
            default -> null;
        };
    }

    static String timeShift(Dct dct, long k, String unit) {
        if (!dct.hasDay()) {
            return sign(k) < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        if (dct.time() == null) {
            return dct.date().toString();
        }
        LocalDateTime t = dct.date().atTime(LocalTime.parse(dct.time()));
        t = unit.equals("H") ? t.plusHours(k) : t.plusMinutes(k);
        return unit.equals("H") ? t.toLocalDate() + String.format(Locale.ROOT, "T%02d", t.getHour())
                : t.toLocalDate() + String.format(Locale.ROOT, "T%02d:%02d", t.getHour(), t.getMinute());
    }

    static int sign(long k) {
        return k < 0 ? -1 : 1;
    }
}
