package org.kroniek.nlp.time;

import java.time.LocalDate;
import java.time.YearMonth;
import org.kroniek.core.DctGranularity;

/**
 * The document creation time as the normaliser needs it: only the parts that are really known. A month-only
 * dct has a year and a month but no day, so day-relative expressions stay underspecified.
 */
public record Dct(Integer year, Integer month, LocalDate date, String time) {
    /** No anchor at all: every relative expression becomes underspecified. */
    public static final Dct NONE = new Dct(null, null, null, null);

    /**
     * Parses an ISO prefix; the granularity, when known, caps the precision (a dct string padded to a day
     * but declared MONTH is used as a month). Unparseable or absurd input yields {@link #NONE}.
     */
    public static Dct parse(String iso, DctGranularity granularity) {
        if (iso == null) {
            return NONE;
        }
        IsoPrefix m = IsoPrefix.read(iso);
        if (m == null) {
            return NONE;
        }
        int cap = switch (granularity == null ? DctGranularity.UNKNOWN : granularity) {
            case YEAR -> 1;
            case MONTH -> 2;
            case DAY -> 3;
            default -> 4;
        };
        try {
            int y = Integer.parseInt(m.year());
            if (y < 1 || y > 9998) {
                return NONE;
            }
            Integer mo = m.month() != null && cap >= 2 ? Integer.parseInt(m.month()) : null;
            if (mo != null && (mo < 1 || mo > 12)) {
                return new Dct(y, null, null, null);
            }
            LocalDate d = null;
            if (mo != null && m.day() != null && cap >= 3) {
                int day = Integer.parseInt(m.day());
                if (day >= 1 && day <= YearMonth.of(y, mo).lengthOfMonth()) {
                    d = LocalDate.of(y, mo, day);
                }
            }
            String t = d != null && m.hour() != null && cap >= 4
                    && Integer.parseInt(m.hour()) < 24 && Integer.parseInt(m.minute()) < 60
                    ? m.hour() + ":" + m.minute() : null;
            return new Dct(y, mo, d, t);
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    /** Granularity implied by the string's own length (used by the TSV and TimeML readers). */
    public static DctGranularity granularityOf(String iso) {
        if (iso == null) {
            return DctGranularity.UNKNOWN;
        }
        String s = iso.trim();
        if (s.length() >= 19) {
            return DctGranularity.SECOND;
        }
        if (s.length() >= 16) {
            return DctGranularity.MINUTE;
        }
        if (s.length() >= 10) {
            return DctGranularity.DAY;
        }
        if (s.length() >= 7) {
            return DctGranularity.MONTH;
        }
        return s.length() == 4 ? DctGranularity.YEAR : DctGranularity.UNKNOWN;
    }

    public boolean hasYear() {
        return year != null;
    }

    public boolean hasMonth() {
        return month != null;
    }

    public boolean hasDay() {
        return date != null;
    }
}
