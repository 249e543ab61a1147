package org.kroniek.nlp.actors;

import java.time.LocalDate;

/**
 * A role an actor held, as a CAMEO-style code ({@code RUS:GOV}) with an optional time span (either end open)
 * and an optional title for people to read ({@code foreign minister}).
 */
public record ActorRole(String code, LocalDate from, LocalDate to, String title) {

    /** Whether the role has a time span; undated roles are fallbacks when no dated role covers a day. */
    public boolean dated() {
        return from != null || to != null;
    }

    /** Whether the role covers the day; every role covers an unknown day. */
    public boolean covers(LocalDate day) {
        if (day == null) {
            return true;
        }
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** {@code RUS:GOV 2004-03-09.. foreign minister}: the form used in the knowledge-base files. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(code);
        if (dated()) {
            out.append(' ').append(from == null ? "" : from).append("..").append(to == null ? "" : to);
        }
        if (title != null && !title.isEmpty()) {
            out.append(' ').append(title);
        }
        return out.toString();
    }
}
