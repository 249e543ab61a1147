package org.kroniek.nlp.events;

import java.util.List;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.core.Timex;

/**
 * The date of an event: the nearest date or time expression of its clause, else of its sentence; else, for an
 * event still to come, FUTURE_REF (the publication date is when it was announced, not when it happens); else the
 * publication date at the precision it is known ("2017-01" stays a month).
 */
final class EventDating {
    private EventDating() {
    }

    static Timex nearestTimex(SentenceView s, Clauses clauses, List<Timex> timexes, int first, int clause) {
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestInClause = false;
        for (Timex t : timexes) {
            if (t.value() == null || !("DATE".equals(t.type()) || "TIME".equals(t.type()))) {
                continue;
            }
            int position = s.tokenAt(t.start());
            if (position < 0) {
                continue;
            }
            boolean inClause = clauses.of(position) == clause;
            int distance = Math.abs(position - first);
            if (best == null || inClause && !bestInClause || inClause == bestInClause && distance < bestDistance) {
                best = t;
                bestDistance = distance;
                bestInClause = inClause;
            }
        }
        return best;
    }

    static String date(Document doc, Timex timex, String mode) {
        if (timex != null) {
            return timex.value();
        }
        if (Modes.PLANNED.equals(mode) || Modes.INTENDED.equals(mode)) {
            return "FUTURE_REF";
        }
        return publicationDate(doc);
    }

    /** The dct cut to a calendar date, or coarser when that is all the header gave. */
    static String publicationDate(Document doc) {
        String dct = doc.getDct();
        if (dct == null) {
            return null;
        }
        DctGranularity g = doc.getDctGranularity();
        if (g == DctGranularity.YEAR || g == DctGranularity.MONTH || dct.length() <= 10) {
            return dct;
        }
        return dct.substring(0, 10);
    }

    /** Whether a timex value lies after the publication date (the event is still to come). */
    static boolean isFuture(Document doc, String value) {
        if (value == null) {
            return false;
        }
        if (value.equals("FUTURE_REF")) {
            return true;
        }
        String dct = publicationDate(doc);
        if (dct == null || value.isEmpty() || !Character.isDigit(value.charAt(0))) {
            return false;
        }
        int n = Math.min(dct.length(), value.length());
        return value.substring(0, n).compareTo(dct.substring(0, n)) > 0;
    }
}
