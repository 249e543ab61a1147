package org.kroniek.nlp.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The clauses of one sentence: each token belongs to exactly one clause; a clause interrupted by another
 * ("Het overleg, dat gisteren begon, liep vast") keeps one id for both parts.
 */
final class Clauses {
    private final int[] clauseOf;
    private final List<ClauseKind> kinds;
    private final List<Integer> parents;

    Clauses(int[] clauseOf, List<ClauseKind> kinds, List<Integer> parents) {
        this.clauseOf = clauseOf;
        this.kinds = kinds;
        this.parents = parents;
    }

    static Clauses single(int size) {
        return new Clauses(new int[size], List.of(ClauseKind.MAIN), List.of(-1));
    }

    int of(int position) {
        return clauseOf[position];
    }

    int count() {
        return kinds.size();
    }

    ClauseKind kind(int clause) {
        return kinds.get(clause);
    }

    /** The clause this one hangs from, or -1 for a main clause. */
    int parent(int clause) {
        return parents.get(clause);
    }

    boolean sameClause(int a, int b) {
        return clauseOf[a] == clauseOf[b];
    }

    /** True when {@code clause} is {@code ancestor} or lies (transitively) inside it. */
    boolean isWithin(int clause, int ancestor) {
        for (int c = clause; c >= 0; c = parents.get(c)) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The sentence positions of a clause, in order. */
    List<Integer> positions(int clause) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < clauseOf.length; i++) {
            if (clauseOf[i] == clause) {
                positions.add(i);
            }
        }
        return positions;
    }

    int firstPosition(int clause) {
        for (int i = 0; i < clauseOf.length; i++) {
            if (clauseOf[i] == clause) {
                return i;
            }
        }
        return -1;
    }
}
