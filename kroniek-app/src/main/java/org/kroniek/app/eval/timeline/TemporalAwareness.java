package org.kroniek.app.eval.timeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The SemEval-2015 Task 4 metric: a timeline becomes a graph of temporal relations (mentions at one position are
 * SIMULTANEOUS, a position is BEFORE every later one, a dated mention IS_INCLUDED in its date), and timelines are
 * compared with temporal awareness (UzZaman and Allen 2011): precision is the share of the system's reduced graph
 * that the reference's closure holds, recall the share of the reference's reduced graph that the system's closure
 * holds. On a timeline (a total preorder of mentions) closure and reduction have a closed form: the closure holds
 * every pair; the reduced graph is a chain of SIMULTANEOUS links inside a position (mentions in sorted order),
 * one BEFORE link between the first mentions of consecutive positions, and one IS_INCLUDED link per position
 * and date. Position 0 is the task's "not ordered" slot; it is still the first position of the graph, as in the
 * task's conversion, and its date XXXX-XX-XX is no time anchor.
 */
public final class TemporalAwareness {
    /** Counts for micro-averaging: reduced relations of each side and how many the other side's closure holds. */
    public record Counts(long systemReduced, long systemReducedCorrect, long referenceReduced,
                         long referenceReducedFound) {
        public Counts plus(Counts o) {
            return new Counts(systemReduced + o.systemReduced, systemReducedCorrect + o.systemReducedCorrect,
                    referenceReduced + o.referenceReduced, referenceReducedFound + o.referenceReducedFound);
        }

        public double precision() {
            return systemReduced == 0 ? 0 : (double) systemReducedCorrect / systemReduced;
        }

        public double recall() {
            return referenceReduced == 0 ? 0 : (double) referenceReducedFound / referenceReduced;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static final Counts NONE = new Counts(0, 0, 0, 0);

    private TemporalAwareness() {
    }

    public static Counts compare(Timeline reference, Timeline system) {
        Graph ref = Graph.of(reference);
        Graph sys = Graph.of(system);
        return new Counts(sys.reduced.size(), sys.reduced.stream().filter(ref::holds).count(),
                ref.reduced.size(), ref.reduced.stream().filter(sys::holds).count());
    }

    /** A relation: SIMULTANEOUS (unordered pair, smaller first), BEFORE (a then b) or IS_INCLUDED (mention, date). */
    record Relation(char type, String a, String b) {
        static Relation simultaneous(String x, String y) {
            return x.compareTo(y) <= 0 ? new Relation('S', x, y) : new Relation('S', y, x);
        }
    }

    /** A timeline as positions of mentions; a mention listed twice keeps its first (lowest) position. */
    static final class Graph {
        private final java.util.Map<String, Integer> rank = new java.util.HashMap<>();
        private final java.util.Map<String, Set<String>> datesAtRank = new java.util.HashMap<>();
        private final List<Relation> reduced = new ArrayList<>();

        static Graph of(Timeline timeline) {
            Graph g = new Graph();
            TreeMap<Integer, TreeSet<String>> positions = new TreeMap<>();
            TreeMap<Integer, Set<String>> dates = new TreeMap<>();
            for (Timeline.Row row : timeline.rows()) {
                for (String mention : row.mentions()) {
                    if (!g.rank.containsKey(mention)) {
                        g.rank.put(mention, row.position());
                        positions.computeIfAbsent(row.position(), p -> new TreeSet<>()).add(mention);
                    }
                }
                if (!Timeline.NO_DATE.equals(row.date())) {
                    dates.computeIfAbsent(row.position(), p -> new LinkedHashSet<>()).add(row.date());
                }
            }
            String previousFirst = null;
            for (var position : positions.entrySet()) {
                String first = position.getValue().first();
                String prev = null;
                for (String mention : position.getValue()) {
                    if (prev != null) {
                        g.reduced.add(Relation.simultaneous(prev, mention));
                    }
                    prev = mention;
                }
                if (previousFirst != null) {
                    g.reduced.add(new Relation('B', previousFirst, first));
                }
                for (String date : dates.getOrDefault(position.getKey(), Set.of())) {
                    g.reduced.add(new Relation('I', first, date));
                }
                previousFirst = first;
                for (String mention : position.getValue()) {
                    g.datesAtRank.put(mention, dates.getOrDefault(position.getKey(), Set.of()));
                }
            }
            return g;
        }

        /** Whether the closure holds a relation. */
        boolean holds(Relation r) {
            Integer a = rank.get(r.a());
            if (a == null) {
                return false;
            }
            if (r.type() == 'I') {
                return datesAtRank.get(r.a()).contains(r.b());
            }
            Integer b = rank.get(r.b());
            if (b == null) {
                return false;
            }
            return r.type() == 'S' ? a.equals(b) : a < b;
        }
    }
}
