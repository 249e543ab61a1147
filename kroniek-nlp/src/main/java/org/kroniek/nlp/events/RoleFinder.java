package org.kroniek.nlp.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills the roles of a trigger from the words around it, with word order, prepositions and UPOS tags (no parser):
 * the subject before the finite verb, or after it when the clause is inverted ("Dat zei Lavrov"); the agent of a
 * passive ("door X"); the object or a target preposition ("tegen X", "met X"); a place after "in"; for nouns the
 * adjective or genitive before them ("Russische luchtaanvallen", "Assads troepen") and the prepositions after them
 * ("de inname van de stad door het leger").
 */
final class RoleFinder {
    private static final int PP_REACH = 5;
    private static final int RELATIVE_REACH = 9;
    private final RoleWords words;

    RoleFinder(RoleWords words) {
        this.words = words;
    }

    /** The preposition whose phrase a span stands in ("van", "onder leiding van"), or null for a bare phrase. */
    String marker(SentenceView s, Clauses clauses, int first) {
        int j = first - 1;
        while (j >= 0 && isNpFiller(s, j)) {
            j--;
        }
        if (j < 0 || !clauses.sameClause(j, first) || clauses.kind(clauses.of(j)) != ClauseKind.MAIN
                && clauses.firstPosition(clauses.of(j)) == j) {
            return null; // "sinds het land ...": the word before opens the clause, it marks no phrase
        }
        if (isPreposition(s, j)) {
            String prep = s.form(j);
            if (prep.equals(words.of()) && j >= 2 && (s.form(j - 2) + " " + s.form(j - 1) + " " + prep)
                    .equals(words.leadPhrase())) {
                return words.leadPhrase();
            }
            if (prep.equals("to") && j >= 1 && s.form(j - 1).equals(words.according())) {
                return words.according();
            }
            return prep;
        }
        return null;
    }

    /** The subject of a clause: its head actor span and, for "X en Y", the second conjunct. */
    Roles subject(SentenceView s, Clauses clauses, ActorSpans actors, int clause, int trigger) {
        if (!s.hasTags()) {
            return subjectWithoutTags(s, clauses, actors, clause, trigger);
        }
        ClauseKind kind = clauses.kind(clause);
        List<Integer> positions = clauses.positions(clause);
        int finite = -1;
        if (kind == ClauseKind.MAIN || kind == ClauseKind.QUOTE) {
            for (int p : positions) {
                if (s.isVerb(p)) {
                    finite = p;
                    break;
                }
            }
        }
        ActorSpan head = null;
        for (ActorSpan a : actors.all()) {
            if (clauses.of(a.first()) != clause || (finite >= 0 && a.first() > finite)) {
                continue;
            }
            if (marker(s, clauses, a.first()) == null && !isOtherThanSubject(s, a)) {
                head = a;
                break;
            }
        }
        if (head == null && finite >= 0) {
            for (ActorSpan a : actors.all()) {
                if (clauses.of(a.first()) == clause && a.first() > finite && marker(s, clauses, a.first()) == null) {
                    head = a;
                    break;
                }
            }
        }
        if (head == null) {
            return Roles.NONE;
        }
        return nounPhrase(s, clauses, actors, head);
    }

    /** Spans that stand bare but are not subjects: time words the NER tagged, a place at the clause start. */
    private boolean isOtherThanSubject(SentenceView s, ActorSpan a) {
        return false;
    }

    /**
     * The whole noun phrase from its first actor span: "de Russische minister van Buitenlandse Zaken Sergej Lavrov"
     * has Lavrov (a person wins) as head; "Iran, Turkije en X" has Iran as head and Turkije as partner.
     */
    private Roles nounPhrase(SentenceView s, Clauses clauses, ActorSpans actors, ActorSpan first) {
        int clause = clauses.of(first.first());
        List<ActorSpan> inPhrase = new ArrayList<>();
        inPhrase.add(first);
        int j = first.last() + 1;
        ActorSpan partner = null;
        while (j < s.size() && clauses.of(j) == clause) {
            ActorSpan a = actors.at(j);
            if (a != null) {
                inPhrase.add(a);
                j = a.last() + 1;
                continue;
            }
            String form = s.form(j);
            if (form.equals("(")) {
                while (j < s.size() && !s.form(j).equals(")")) {
                    ActorSpan inner = actors.at(j);
                    if (inner != null) {
                        inPhrase.add(inner); // "Het Vrije Syrische Leger (FSA)": one actor
                        j = inner.last();
                    }
                    j++;
                }
                j++;
                continue;
            }
            if (words.conjunctions().contains(form) && !form.equals(",")) {
                partner = nextActor(s, clauses, actors, j + 1, clause);
                break;
            }
            if (form.equals(",")) {
                ActorSpan next = actors.at(j + 1 < s.size() ? j + 1 : j);
                if (next != null && next.first() == j + 1) {
                    if (next.isPerson() && !inPhrase.get(inPhrase.size() - 1).isPerson()) {
                        inPhrase.add(next); // apposition: "De VN-gezant voor Syrië, Staffan de Mistura,"
                    } else if (partner == null) {
                        partner = next; // a list: "Iran, Turkije en ..."
                    }
                    j = next.last() + 1;
                    continue;
                }
                break;
            }
            if (isNpFiller(s, j) || s.isNominal(j) || form.equals(words.of()) || form.equals("voor")) {
                j++;
                continue;
            }
            break;
        }
        ActorSpan head = first;
        for (ActorSpan a : inPhrase) {
            if (a.isPerson()) {
                head = a;
                break;
            }
        }
        return new Roles(head, null, null, partner);
    }

    private ActorSpan nextActor(SentenceView s, Clauses clauses, ActorSpans actors, int from, int clause) {
        for (int j = from; j < s.size() && j < from + PP_REACH && clauses.of(j) == clause; j++) {
            ActorSpan a = actors.at(j);
            if (a != null) {
                return a;
            }
            if (s.hasTags() && s.isVerb(j)) {
                return null;
            }
        }
        return null;
    }

    private Roles subjectWithoutTags(SentenceView s, Clauses clauses, ActorSpans actors, int clause, int trigger) {
        ActorSpan nearest = null;
        for (ActorSpan a : actors.all()) {
            if (a.last() >= trigger) {
                break;
            }
            if (clauses.of(a.first()) == clause && marker(s, clauses, a.first()) == null) {
                nearest = a;
            }
        }
        if (nearest == null) {
            return Roles.NONE;
        }
        // "Hungarian and Romanian officials agreed": the first conjunct acts, the second is the partner
        int before = nearest.first() - 1;
        if (before > 0 && words.conjunctions().contains(s.form(before))) {
            ActorSpan earlier = actors.endingAt(before - 1);
            if (earlier != null && clauses.of(earlier.first()) == clause) {
                return new Roles(earlier, null, null, nearest);
            }
        }
        return new Roles(nearest, null, null, null);
    }

    /** The agent of a passive clause: "door X" / "by X", also "milities die worden gesteund door Iran". */
    ActorSpan agent(SentenceView s, Clauses clauses, ActorSpans actors, int from, int to) {
        for (int j = from; j <= to && j < s.size(); j++) {
            if (s.form(j).equals(words.agent())) {
                ActorSpan a = spanAfter(s, clauses, actors, j);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * The actor span of the phrase a preposition at {@code prep} opens. When the phrase names none ("door
     * milities die worden gesteund door Iran"), the relative clause describing it is read for one.
     */
    ActorSpan spanAfter(SentenceView s, Clauses clauses, ActorSpans actors, int prep) {
        int clause = clauses.of(prep);
        for (int j = prep + 1; j < s.size() && j <= prep + RELATIVE_REACH; j++) {
            boolean relative = clauses.of(j) != clause && clauses.kind(clauses.of(j)) == ClauseKind.RELATIVE;
            if (j > prep + PP_REACH && !relative) {
                return null;
            }
            ActorSpan a = actors.at(j);
            if (a != null && (clauses.of(j) == clause || relative)) {
                return a;
            }
            if (clauses.of(j) == clause && (s.hasTags() && s.isVerb(j) || isPreposition(s, j)
                    || isBreak(s.form(j)))) {
                return null; // the phrase ended without naming an actor
            }
        }
        return null;
    }

    /** The target of a verb-like trigger: the object, else the first phrase with a target preposition. */
    ActorSpan target(SentenceView s, Clauses clauses, ActorSpans actors, int clause, int trigger, Roles subject) {
        ActorSpan prepositional = null;
        for (ActorSpan a : actors.all()) {
            if (clauses.of(a.first()) != clause || isPartOf(a, subject)) {
                continue;
            }
            if (!s.hasTags() && a.last() < trigger) {
                continue; // English: objects follow the verb
            }
            if (s.hasTags() && subject.actor() != null && a.first() < subject.actor().first()) {
                continue;
            }
            String marker = marker(s, clauses, a.first());
            if (marker == null) {
                return a;
            }
            if (prepositional == null && words.targetPrepositions().contains(marker)) {
                prepositional = a;
            }
        }
        return prepositional;
    }

    private static boolean isPartOf(ActorSpan a, Roles subject) {
        return a.equals(subject.actor()) || a.equals(subject.partner());
    }

    /** The place of an event: the location after "in"/"bij" in its clause nearest to the trigger. */
    ActorSpan place(SentenceView s, Clauses clauses, ActorSpans actors, int clause, int trigger) {
        ActorSpan best = null;
        for (ActorSpan a : actors.all()) {
            if (clauses.of(a.first()) != clause) {
                continue;
            }
            String marker = marker(s, clauses, a.first());
            boolean place = (a.isLocation() || a.type() == null && !s.hasTags()) && marker != null
                    && words.placePrepositions().contains(marker);
            if (place && (best == null || Math.abs(a.first() - trigger) < Math.abs(best.first() - trigger))) {
                best = a;
            }
        }
        return best;
    }

    /** Roles named inside a noun phrase around a noun trigger. */
    NounRoles nounRoles(SentenceView s, Clauses clauses, ActorSpans actors, int first, int last, String type,
                        int limit) {
        ActorSpan actor = null;
        boolean genitive = false;
        int j = first - 1;
        while (j >= 0 && s.hasTags() && (s.is(j, "ADJ") || s.is(j, "NUM")) && actors.at(j) == null) {
            j--;
        }
        ActorSpan before = j >= 0 ? actors.at(j) : null;
        if (before != null && before.last() == j && !isPreposition(s, j)) {
            actor = before;
            String text = before.text();
            genitive = !s.hasTags() ? s.form(j).equals("'s") : s.is(j, "PROPN") && text.endsWith("s");
            if (s.hasTags() && !s.is(j, "ADJ") && !genitive && !s.is(j, "PROPN")) {
                actor = null;
            }
        }
        if (!s.hasTags() && j >= 1 && s.form(j).equals("'s")) {
            ActorSpan owner = actors.endingAt(j - 1);
            if (owner != null) {
                actor = owner;
                genitive = true;
            }
        }
        ActorSpan target = null;
        ActorSpan place = null;
        boolean byAgent = false;
        int clause = clauses.of(first);
        boolean firstPhrase = true;
        boolean adjacent = true; // the phrases right after the noun; an aside ("- met hulp -") ends them
        for (int k = last + 1; k < s.size() && k < limit && clauses.of(k) == clause; k++) {
            if (s.hasTags() && s.isVerb(k)) {
                break;
            }
            if (s.form(k).equals("-") || s.form(k).equals(",") || s.form(k).equals("(")) {
                adjacent = false;
            }
            if (!isPreposition(s, k)) {
                continue;
            }
            String prep = s.form(k);
            ActorSpan a = spanAfter(s, clauses, actors, k);
            if (prep.equals(words.agent())) {
                if (a != null) {
                    actor = a;
                    byAgent = true;
                    break;
                }
                continue;
            }
            if (a == null || !adjacent) {
                firstPhrase = false;
                continue;
            }
            String lead = marker(s, clauses, a.first());
            if (words.leadPhrase().equals(lead) && actor == null) {
                actor = a;
            } else if (prep.equals(words.of()) && firstPhrase) {
                if (EventTypes.vanMarksTarget(type) || actor != null) {
                    target = target == null ? a : target;
                } else {
                    actor = a;
                }
            } else if (words.targetPrepositions().contains(prep) && target == null) {
                target = a;
            } else if (words.placePrepositions().contains(prep) && a.isLocation() && place == null) {
                place = a;
            }
            k = a.last();
            firstPhrase = false;
        }
        return new NounRoles(new Roles(actor, target, place, null), byAgent || genitive);
    }

    /** Roles of a noun trigger, and whether its actor is marked as explicitly as a verb's ("door", genitive). */
    record NounRoles(Roles roles, boolean explicitAgent) {
    }

    boolean isPassive(SentenceView s, Clauses clauses, int clause) {
        for (int p : clauses.positions(clause)) {
            if (words.passiveAuxiliaries().contains(s.hasTags() ? s.lemma(p) : s.form(p))
                    && (!s.hasTags() || s.is(p, "AUX") || s.is(p, "VERB"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBreak(String form) {
        return form.equals(",") || form.equals("-") || form.equals("(") || form.equals(";") || form.equals(":");
    }

    boolean isPreposition(SentenceView s, int i) {
        return s.hasTags() ? s.is(i, "ADP") : words.prepositions().contains(s.form(i));
    }

    private boolean isNpFiller(SentenceView s, int j) {
        if (!s.hasTags()) {
            return words.determiners().contains(s.form(j));
        }
        String pos = s.pos(j);
        return "DET".equals(pos) || "ADJ".equals(pos) || "NUM".equals(pos)
                || "PRON".equals(pos) && (s.form(j).equals("hun") || s.form(j).equals("zijn")
                || s.form(j).equals("haar"));
    }
}
