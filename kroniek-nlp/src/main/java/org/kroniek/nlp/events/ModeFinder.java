package org.kroniek.nlp.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides the mode of the events of one sentence from the cue words the lexicon marks. A negation belongs to the
 * first verb after it in its clause, else to the last verb before it ("zullen niet met elkaar spreken", "zei niet
 * waar"); "geen" to the noun after it. A failure verb ("liepen vast") negates its clause. Intention ("wil") and
 * plan ("zal", "binnenkort") cues hold for the verb-carried events of their clause.
 */
final class ModeFinder {
    private static final int ENGLISH_NEGATION_REACH = 3;
    private final SentenceView s;
    private final Clauses clauses;
    private final List<Integer> negated = new ArrayList<>();
    private final List<Integer> failedClauses = new ArrayList<>();
    private final List<Integer> intendedClauses = new ArrayList<>();
    private final List<Integer> plannedClauses = new ArrayList<>();
    private final List<Integer> planPositions = new ArrayList<>();

    ModeFinder(SentenceView s, Clauses clauses, List<TriggerHit> hits, RoleWords words) {
        this.s = s;
        this.clauses = clauses;
        for (TriggerHit h : hits) {
            int clause = clauses.of(h.first());
            switch (h.kind()) {
                case NEGATION -> negated.add(attach(h.first()));
                case FAIL -> failedClauses.add(clause);
                case INTEND -> intendedClauses.add(clause);
                case PLAN -> {
                    plannedClauses.add(clause);
                    planPositions.add(h.first());
                }
                default -> {
                }
            }
        }
    }

    String modeOf(Candidate c) {
        String mode = Modes.ASSERTED;
        if (isNegated(c) || failedClauses.contains(c.clause)) {
            return Modes.NEGATED;
        }
        boolean carriedByVerb = !c.noun && !c.explicitAgent; // a participle with its own agent describes a fact
        if (carriedByVerb && intendedClauses.contains(c.clause)) {
            mode = Modes.INTENDED;
        } else if (carriedByVerb && plannedClauses.contains(c.clause) || planCueBefore(c)) {
            mode = Modes.PLANNED;
        }
        return Modes.stronger(c.mode, mode);
    }

    boolean isNegated(int first, int last) {
        for (int position : negated) {
            if (position >= first && position <= last) {
                return true;
            }
        }
        return false;
    }

    private boolean isNegated(Candidate c) {
        for (int position : negated) {
            if (c.covers(position)) {
                return true;
            }
            if (!s.hasTags() && position >= 0 && c.first > position && c.first - position <= ENGLISH_NEGATION_REACH
                    && clauses.of(position) == c.clause) {
                return true;
            }
            if (!c.noun && position >= 0 && clauses.of(position) == c.clause && s.hasTags()
                    && c.verb >= 0 && isAuxiliaryOf(position, c)) {
                return true;
            }
        }
        return false;
    }

    /** "zal niet onderhandelen" attaches to "zal" when the verb cluster follows; count it for the main verb. */
    private boolean isAuxiliaryOf(int position, Candidate c) {
        return s.is(position, "AUX") && position < c.verb && noVerbBetween(position, c.verb);
    }

    private boolean noVerbBetween(int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (s.is(j, "VERB")) {
                return false;
            }
        }
        return true;
    }

    /** "de geplande staking", "volgende week": a plan word right before a noun. */
    private boolean planCueBefore(Candidate c) {
        for (int position : planPositions) {
            if (position < c.first && position >= c.first - 2) {
                return true;
            }
        }
        return false;
    }

    private int attach(int negation) {
        int clause = clauses.of(negation);
        if (!s.hasTags()) {
            return negation; // English: "did not attack" is checked by distance, see isNegated
        }
        if (s.is(negation, "DET") || s.form(negation).equals("geen")) {
            for (int j = negation + 1; j < s.size() && clauses.of(j) == clause; j++) {
                if (s.isNominal(j)) {
                    return j;
                }
            }
        }
        for (int j = negation + 1; j < s.size(); j++) {
            if (clauses.of(j) == clause && s.isVerb(j)) {
                return j;
            }
        }
        for (int j = negation - 1; j >= 0; j--) {
            if (clauses.of(j) == clause && s.isVerb(j)) {
                return j;
            }
        }
        return -1;
    }
}
