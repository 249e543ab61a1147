package org.kroniek.nlp.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One actor of the knowledge base.
 *
 * @param id        stable id, unique across the loaded files (a later file's entry with the same id replaces it)
 * @param type      what it is
 * @param canonical English canonical name
 * @param code      its own CAMEO-style code ({@code RUS}, {@code IGO:UN}, {@code SYR:REB}, a place's country), or
 *                  null when the code comes from {@link #roles()} (people)
 * @param roles     roles with time spans, for people (and anything whose code changed over time)
 * @param capital   id of the capital (countries), or null
 * @param metonym   the code the actor stands for when a text makes it act: a capital or seat of government
 *                  ({@code Moscow}, {@code Kremlin}: {@code RUS:GOV}); null when it has none
 * @param nerType   a CoNLL type that overrides the tagger's (the Kremlin is an ORG), or null
 * @param rank      the index of the file it came from; later files (the user's) win ties between namesakes
 */
public record Actor(String id, ActorType type, String canonical, String code, List<ActorRole> roles,
                    String capital, String metonym, String nerType, int rank) {

    public Actor {
        roles = List.copyOf(roles);
    }

    /**
     * The actor's code on a day: its own code, else the role covering the day (the most recently started),
     * else an undated role. With no day, the open-ended role that started last.
     */
    public String codeOn(LocalDate day) {
        if (code != null) {
            return code;
        }
        ActorRole best = roleOn(day);
        return best == null ? null : best.code();
    }

    /** The role held on a day (see {@link #codeOn}), or null. */
    public ActorRole roleOn(LocalDate day) {
        ActorRole best = null;
        for (ActorRole role : roles) {
            boolean fits = day == null ? role.dated() && role.to() == null : role.dated() && role.covers(day);
            if (fits && (best == null || later(role.from(), best.from()))) {
                best = role;
            }
        }
        if (best == null) {
            for (ActorRole role : roles) {
                if (!role.dated()) {
                    best = role;
                }
            }
        }
        return best;
    }

    /** Whether a dated role covers the day (for choosing between namesakes). */
    public boolean activeOn(LocalDate day) {
        if (code != null) {
            return true;
        }
        for (ActorRole role : roles) {
            if (role.dated() && role.covers(day) && (day != null || role.to() == null)) {
                return true;
            }
        }
        return false;
    }

    /** The three-letter country (or {@code IGO}) part of the code on a day, or null. */
    public String countryOn(LocalDate day) {
        String c = codeOn(day);
        return c == null ? null : ActorCodes.country(c);
    }

    private static boolean later(LocalDate a, LocalDate b) {
        return a != null && (b == null || a.isAfter(b));
    }
}
