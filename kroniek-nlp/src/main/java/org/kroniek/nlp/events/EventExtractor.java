package org.kroniek.nlp.events;

import java.util.ArrayList;
import java.util.List;
import org.kroniek.core.Document;
import org.kroniek.core.Event;
import org.kroniek.core.Timex;
import org.kroniek.core.Trigger;

/**
 * Codes the events of one sentence. Steps: clauses; lexicon hits; support verbs and participles joined with the
 * event nouns they govern; roles; events inside what another event verb is about dropped ("riep de VS op deel te
 * nemen aan de onderhandelingen" is one REQUEST); speech frames that mark their content reported; modes; dates;
 * and nothing kept that has neither an actor nor a target.
 */
final class EventExtractor {
    /** How far a support verb may stand from its noun ("gesprekken in Zwitserland in februari te willen hervatten"). */
    private static final int MAX_SUPPORT_DISTANCE = 12;
    private final EventLexicon lexicon;
    private final TriggerFinder triggers;
    private final ClauseSegmenter segmenter;
    private final RoleFinder roles;
    private final RoleWords words;
    private final ActorNames fallbackNames;
    private final boolean tagged;

    EventExtractor(String language) {
        this.lexicon = EventLexicon.forLanguage(language);
        this.triggers = new TriggerFinder(lexicon);
        this.segmenter = ClauseSegmenter.forLanguage(language);
        this.words = RoleWords.forLanguage(language);
        this.roles = new RoleFinder(words);
        this.fallbackNames = ActorNames.forLanguage(language);
        this.tagged = !language.equals("en");
    }

    ActorSpans actorsOf(SentenceView s, List<org.kroniek.core.Mention> mentions,
                        List<org.kroniek.core.Entity> entities) {
        return ActorSpans.of(s, mentions, entities, fallbackNames);
    }

    SentenceEvents extract(SentenceView s, ActorSpans actors, List<Timex> timexes) {
        Clauses clauses = segmenter.segment(s);
        List<TriggerHit> hits = triggers.find(s, clauses);
        // words inside a name are not triggers: "Hoge Onderhandelingscomité", "United Nations"
        hits.removeIf(h -> h.kind() != EntryKind.NEGATION && actors.at(h.first()) != null);
        if (hits.isEmpty()) {
            return new SentenceEvents(List.of(), null);
        }
        List<Candidate> candidates = new ArrayList<>();
        List<TriggerHit> speech = new ArrayList<>();
        buildCandidates(s, clauses, actors, hits, candidates, speech);
        for (Candidate c : candidates) {
            dropAsides(s, clauses, c);
        }
        for (Candidate c : candidates) {
            if (!c.dropped) {
                fillRoles(s, clauses, actors, c, nextStart(candidates, c, s.size()));
            }
        }
        absorbContents(s, clauses, candidates);
        ModeFinder modes = new ModeFinder(s, clauses, hits, words);
        for (Candidate c : candidates) {
            if (!c.dropped) {
                c.mode = modes.modeOf(c);
            }
        }
        List<Candidate> statements = new ArrayList<>();
        ActorSpan backward = attribute(s, clauses, actors, hits, speech, candidates, modes, statements);
        demands(clauses, hits, candidates);
        candidates.addAll(statements);
        List<Event> events = new ArrayList<>();
        Document doc = s.document();
        for (Candidate c : candidates) {
            if (c.dropped || !c.roles.grounded()) {
                continue;
            }
            if (c.source != null && c.roles.actor() != null && c.source.sameActor(c.roles.actor())
                    && Modes.PLANNED.equals(c.mode)) {
                c.mode = Modes.INTENDED; // an actor announcing its own future act states an intention
            }
            Timex timex = EventDating.nearestTimex(s, clauses, timexes, c.first, c.clause);
            if (timex != null && EventDating.isFuture(doc, timex.value())
                    && (Modes.ASSERTED.equals(c.mode) || Modes.REPORTED.equals(c.mode))) {
                c.mode = Modes.PLANNED;
            }
            events.add(toEvent(s, c, EventDating.date(doc, timex, c.mode)));
        }
        return new SentenceEvents(events, backward);
    }

    private void buildCandidates(SentenceView s, Clauses clauses, ActorSpans actors, List<TriggerHit> hits,
                                 List<Candidate> candidates, List<TriggerHit> speech) {
        List<TriggerHit> nouns = new ArrayList<>();
        List<TriggerHit> verbs = new ArrayList<>();
        List<TriggerHit> lights = new ArrayList<>();
        for (TriggerHit h : hits) {
            switch (h.kind()) {
                case EVENT -> (h.noun() && !isPredicative(s, h) ? nouns : verbs).add(h);
                case LIGHT -> lights.add(h);
                case SPEECH -> speech.add(h);
                default -> {
                }
            }
        }
        List<TriggerHit> used = new ArrayList<>();
        // a support verb carries the event noun nearest to it in its clause ("onderhandelingen wil gaan houden")
        for (TriggerHit light : lights) {
            TriggerHit noun = nearestNoun(s, clauses, nouns, used, light);
            if (noun == null) {
                continue;
            }
            used.add(noun);
            speech.removeIf(sp -> sp.first() == light.first());
            verbs.removeIf(v -> v.first() == light.first());
            candidates.add(new Candidate(Math.min(noun.first(), light.first()), Math.max(noun.last(), light.last()),
                    noun.type(), false, noun.entry().weak(), light.first(), clauses.of(light.first())));
        }
        for (TriggerHit verb : verbs) {
            if (used.contains(verb)) {
                continue;
            }
            int next = nextAfterModifiers(s, verb.last() + 1);
            TriggerHit nounAfter = next < 0 ? null : startingAt(nouns, next);
            if (tagged && isParticipleModifier(s, verb, next) && nounAfter != null && !used.contains(nounAfter)) {
                // "het door Rusland en Turkije bemiddelde staakt-het-vuren": one event, the noun's type
                used.add(nounAfter);
                Candidate c = new Candidate(verb.first(), nounAfter.last(), nounAfter.type(), false,
                        nounAfter.entry().weak(), verb.first(), clauses.of(verb.first()));
                c.roles = prenominalAgent(s, clauses, actors, verb.first(), nounAfter.type());
                c.explicitAgent = true;
                candidates.add(c);
                continue;
            }
            if (tagged && next >= 0 && isParticipleModifier(s, verb, next) && actors.at(next) != null) {
                continue; // "het door Saudi-Arabië gesteunde HNC" describes an actor; it is not news here
            }
            candidates.add(new Candidate(verb.first(), verb.last(), verb.type(), false, verb.entry().weak(),
                    verb.first(), clauses.of(verb.first())));
        }
        for (TriggerHit noun : nouns) {
            if (!used.contains(noun)) {
                candidates.add(new Candidate(noun.first(), noun.last(), noun.type(), true, noun.entry().weak(), -1,
                        clauses.of(noun.first())));
            }
        }
        for (Candidate c : candidates) {
            if (clauses.kind(c.clause) == ClauseKind.RELATIVE) {
                c.dropped = true; // "milities die worden gesteund door Iran" describes who, it reports no event
            }
        }
        candidates.sort(java.util.Comparator.comparingInt(c -> c.first));
    }

    /** "in gesprek", "om de tafel", "van de partij": phrases that say what the subject is doing. */
    private boolean isPredicative(SentenceView s, TriggerHit h) {
        return h.entry().isPhrase() && roles.isPreposition(s, h.first());
    }

    private TriggerHit nearestNoun(SentenceView s, Clauses clauses, List<TriggerHit> nouns, List<TriggerHit> used,
                                   TriggerHit light) {
        TriggerHit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TriggerHit n : nouns) {
            if (used.contains(n) || !clauses.sameClause(n.first(), light.first())) {
                continue;
            }
            String marker = roles.marker(s, clauses, n.first());
            if (marker != null && words.topicPrepositions().contains(marker)) {
                continue; // "onderhandelingen over een staakt-het-vuren": the topic is not the event carried
            }
            // a noun before its verb is the usual Dutch order; after it, it must be nearer to win
            int distance = n.first() < light.first() ? light.first() - n.last() : n.first() - light.last() + 1;
            if (distance < bestDistance && distance <= MAX_SUPPORT_DISTANCE) {
                best = n;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static TriggerHit startingAt(List<TriggerHit> hits, int position) {
        for (TriggerHit h : hits) {
            if (h.first() == position) {
                return h;
            }
        }
        return null;
    }

    private static int nextAfterModifiers(SentenceView s, int from) {
        int j = from;
        while (j < s.size() && s.is(j, "ADJ")) {
            j++;
        }
        return j < s.size() ? j : -1;
    }

    /**
     * A participle used as an adjective: between an article and a noun, with at most its "door" agent and
     * adjectives in between ("het door Rusland en Turkije bemiddelde staakt-het-vuren"); "Die uitnodiging
     * stuitte Iran" is a finite verb after a noun.
     */
    private boolean isParticipleModifier(SentenceView s, TriggerHit verb, int next) {
        if (next < 0 || !s.isNominal(next)) {
            return false;
        }
        boolean nounBetween = false;
        boolean agentBetween = false;
        for (int j = verb.first() - 1; j >= 0 && j >= verb.first() - 6; j--) {
            String form = s.form(j);
            if (form.equals(words.agent())) {
                agentBetween = true;
            } else if (s.is(j, "DET") || form.equals("het") || form.equals("de") || form.equals("een")) {
                return agentBetween || !nounBetween;
            } else if (s.isVerb(j) || form.equals(",")) {
                return false;
            } else if (s.is(j, "NOUN")) {
                nounBetween = true;
            }
        }
        return false;
    }

    private Roles prenominalAgent(SentenceView s, Clauses clauses, ActorSpans actors, int participle, String type) {
        for (int j = participle - 1; j >= 0 && j >= participle - 6; j--) {
            if (s.form(j).equals(words.agent())) {
                ActorSpan agent = roles.spanAfter(s, clauses, actors, j);
                if (agent == null) {
                    return Roles.NONE;
                }
                ActorSpan partner = null;
                int after = agent.last() + 1;
                if (after < participle && words.conjunctions().contains(s.form(after))) {
                    partner = actors.firstIn(after + 1, participle - 1);
                }
                return new Roles(agent, EventTypes.isSymmetric(type) ? partner : null, null, partner);
            }
        }
        return Roles.NONE;
    }

    /** Where the next trigger after {@code c} starts: a noun's own phrases end there. */
    private static int nextStart(List<Candidate> candidates, Candidate c, int size) {
        int next = size;
        for (Candidate other : candidates) {
            if (!other.dropped && other.first > c.last && other.first < next) {
                next = other.first;
            }
        }
        return next;
    }

    /** A noun naming the topic of talks or an aside ("met Russische hulp", "na de aanval") is not the news. */
    private void dropAsides(SentenceView s, Clauses clauses, Candidate c) {
        if (!c.noun) {
            return;
        }
        String marker = roles.marker(s, clauses, c.first);
        if (marker != null && (words.topicPrepositions().contains(marker)
                || words.adjunctPrepositions().contains(marker))) {
            c.dropped = true;
        }
    }

    private void fillRoles(SentenceView s, Clauses clauses, ActorSpans actors, Candidate c, int limit) {
        if (c.noun) {
            String marker = roles.marker(s, clauses, c.first);
            RoleFinder.NounRoles local = roles.nounRoles(s, clauses, actors, c.first, c.last, c.type, limit);
            c.explicitAgent = local.explicitAgent();
            if (marker != null && !c.explicitAgent) {
                c.dropped = true; // a noun inside a phrase ("met Russische hulp") is background, not the news
                return;
            }
            Roles r = local.roles();
            if (r.location() == null) {
                r = new Roles(r.actor(), r.target(), roles.place(s, clauses, actors, c.clause, c.first), null);
            }
            c.roles = militaryRole(s, c, r);
            return;
        }
        if (c.roles.grounded()) {
            c.roles = militaryRole(s, c, withPlace(s, clauses, actors, c, c.roles));
            return;
        }
        Roles subject = roles.subject(s, clauses, actors, c.clause, c.first);
        if (subject.actor() == null) {
            subject = pronounSubject(s, clauses, actors, c.clause);
        }
        ActorSpan actor;
        ActorSpan target;
        if (c.verb >= 0 && roles.isPassive(s, clauses, c.clause)) {
            List<Integer> positions = clauses.positions(c.clause);
            actor = roles.agent(s, clauses, actors, positions.get(0), positions.get(positions.size() - 1));
            target = subject.actor() != null && !subject.actor().equals(actor) ? subject.actor() : null;
        } else {
            actor = subject.actor();
            target = roles.target(s, clauses, actors, c.clause, c.first, subject);
        }
        if (target == null && EventTypes.isSymmetric(c.type) && subject.partner() != null) {
            target = subject.partner();
        }
        if (target != null && target.sameActor(actor)) {
            target = null;
        }
        c.roles = militaryRole(s, c, withPlace(s, clauses, actors, c, new Roles(actor, target, null,
                subject.partner())));
    }

    private Roles withPlace(SentenceView s, Clauses clauses, ActorSpans actors, Candidate c, Roles r) {
        ActorSpan place = roles.place(s, clauses, actors, c.clause, c.first);
        if (place != null && (place.equals(r.target()) || place.equals(r.actor()))) {
            place = null;
        }
        return new Roles(r.actor(), r.target(), place, r.partner());
    }

    /**
     * "X zei dat hij ...": without a coreference layer, a pronoun subject of a subordinate clause is taken to be
     * the subject of the clause above.
     */
    private Roles pronounSubject(SentenceView s, Clauses clauses, ActorSpans actors, int clause) {
        int parent = clauses.parent(clause);
        if (parent < 0 || clauses.kind(clause) == ClauseKind.MAIN) {
            return Roles.NONE;
        }
        int first = clauses.firstPosition(clause);
        int pronoun = first + 1;
        if (pronoun >= s.size() || actors.at(pronoun) != null || !isPersonalPronoun(s, pronoun)) {
            return Roles.NONE;
        }
        Roles above = roles.subject(s, clauses, actors, parent, first);
        return new Roles(above.actor(), null, null, null);
    }

    private boolean isPersonalPronoun(SentenceView s, int i) {
        String form = s.form(i);
        return form.equals("hij") || form.equals("zij") || form.equals("ze") || form.equals("he")
                || form.equals("she") || form.equals("they");
    }

    /** Military wording with a bare country as actor ("militaire operaties" of "het land"): the country's army. */
    private Roles militaryRole(SentenceView s, Candidate c, Roles r) {
        ActorSpan actor = r.actor();
        if (actor == null || actor.code() == null || actor.code().contains(":") || actor.code().length() != 3) {
            return r;
        }
        if (!c.type.equals("ASSAULT") && !c.type.equals("SEIZE")) {
            return r;
        }
        for (int i = c.first; i <= c.last; i++) {
            for (String word : words.militaryWords()) {
                if (s.lemma(i).startsWith(word)) {
                    ActorSpan army = new ActorSpan(actor.first(), actor.last(), actor.code() + ":MIL", actor.name(),
                            actor.text(), actor.type(), actor.confidence());
                    return r.withActor(army);
                }
            }
        }
        return r;
    }

    /**
     * Events inside what another event verb is about are part of that event, not events of their own: "Rusland
     * riep de VS op [deel te nemen aan de onderhandelingen]", "druk uit op het FSA [om de gesprekken bij te
     * wonen]". Speech is handled apart: what is said stays an event, marked reported.
     */
    private void absorbContents(SentenceView s, Clauses clauses, List<Candidate> candidates) {
        for (Candidate governor : candidates) {
            if (governor.dropped || governor.noun) {
                continue;
            }
            for (Candidate inner : candidates) {
                if (inner == governor || inner.dropped || inner.explicitAgent) {
                    continue;
                }
                boolean childClause = inner.clause != governor.clause && clauses.isWithin(inner.clause,
                        governor.clause) && (clauses.kind(inner.clause) == ClauseKind.COMPLEMENT
                        || clauses.kind(inner.clause) == ClauseKind.PURPOSE);
                boolean infinitive = inner.clause == governor.clause && inner.first > governor.last
                        && isInfinitive(s, inner);
                if (childClause || infinitive) {
                    inner.dropped = true;
                }
            }
        }
    }

    private boolean isInfinitive(SentenceView s, Candidate c) {
        int v = c.verb >= 0 ? c.verb : c.first;
        for (int j = Math.max(0, v - 2); j < v; j++) {
            if (words.infinitiveMarkers().contains(s.form(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Speech frames: a speech verb's subject is the source of the events in what it introduces; "volgens X"
     * reports the whole sentence; "Dat zei X" reaches back to the sentence before. A speech act whose content
     * yields no event of its own becomes a STATEMENT by the speaker.
     */
    private ActorSpan attribute(SentenceView s, Clauses clauses, ActorSpans actors, List<TriggerHit> hits,
                                List<TriggerHit> speech, List<Candidate> candidates, ModeFinder modes,
                                List<Candidate> statements) {
        ActorSpan backward = null;
        for (int i = 0; i < s.size(); i++) {
            if (s.form(i).equals(words.according()) && (!tagged || s.is(i, "ADP"))) {
                int prep = tagged ? i : i + 1;
                ActorSpan speaker = roles.spanAfter(s, clauses, actors, prep);
                if (speaker != null) {
                    for (Candidate c : candidates) {
                        if (!c.dropped && !speaker.equals(c.roles.actor())) {
                            report(c, speaker, i);
                        }
                    }
                }
            }
        }
        for (TriggerHit sp : speech) {
            if (modes.isNegated(sp.first(), sp.last())) {
                continue; // "Lavrov zei niet waar ...": nothing was said
            }
            int clause = clauses.of(sp.first());
            Roles subject = roles.subject(s, clauses, actors, clause, sp.first());
            ActorSpan speaker = subject.actor();
            if (speaker == null) {
                continue;
            }
            boolean reachesBack = sp.first() == 1 && words.backReferences().contains(s.form(0));
            boolean afterword = isAfterword(s, clauses, sp, speaker);
            boolean reportsSomething = false;
            for (Candidate c : candidates) {
                if (c.dropped || c.covers(sp.first())) {
                    continue;
                }
                boolean inContent = clauses.isWithin(c.clause, clause) && (c.clause != clause || c.first > sp.last())
                        || afterword && c.last < speaker.first();
                if (inContent && c.reportedBy < 0) {
                    report(c, speaker, sp.first());
                    reportsSomething |= c.roles.grounded();
                }
            }
            if (reachesBack) {
                backward = speaker;
            }
            if (!reportsSomething) {
                Candidate statement = new Candidate(sp.first(), statementEnd(s, clauses, sp), EventTypes.STATEMENT,
                        false, sp.entry().weak(), sp.first(), clause);
                statement.roles = new Roles(speaker, null, roles.place(s, clauses, actors, clause, sp.first()), null);
                statement.mode = modes.modeOf(statement);
                statements.add(statement);
            }
        }
        return backward;
    }

    /**
     * "Russia said that Sudan must return the helicopter": what a speaker says another actor must do is the
     * speaker's demand (a REQUEST by the speaker to that actor), not a report of the act. The first event after
     * an obligation cue in its clause is the one demanded.
     */
    private static void demands(Clauses clauses, List<TriggerHit> hits, List<Candidate> candidates) {
        for (TriggerHit cue : hits) {
            if (cue.kind() != EntryKind.OBLIGE) {
                continue;
            }
            for (int k = 0; k < candidates.size(); k++) {
                Candidate c = candidates.get(k);
                if (c.dropped || c.first < cue.first() || c.clause != clauses.of(cue.first())) {
                    continue;
                }
                ActorSpan demanded = c.roles.actor();
                if (c.source != null && demanded != null && !c.source.sameActor(demanded)) {
                    Candidate demand = new Candidate(c.first, c.last, "REQUEST", false, c.weak, c.verb, c.clause);
                    demand.roles = new Roles(c.source, demanded, c.roles.location(), null);
                    candidates.set(k, demand);
                }
                break;
            }
        }
    }

    /** "..., zei X" / "..., X said on Monday": the speech comes after what was said. */
    private boolean isAfterword(SentenceView s, Clauses clauses, TriggerHit sp, ActorSpan speaker) {
        if (!tagged) {
            return speaker.first() > 0 && s.form(speaker.first() - 1).equals(",");
        }
        return sp.first() > 0 && s.form(sp.first() - 1).equals(",") || words.afterwordSpeech().contains(s.form(sp.first()));
    }

    private static void report(Candidate c, ActorSpan speaker, int cue) {
        c.source = speaker;
        c.reportedBy = cue;
        c.mode = Modes.stronger(c.mode, Modes.REPORTED);
    }

    /** "liet dinsdag weten": the trigger runs to the second verb of a two-word speech verb. */
    private static int statementEnd(SentenceView s, Clauses clauses, TriggerHit sp) {
        for (String word : sp.entry().with()) {
            for (int j = sp.last() + 1; j < s.size() && j <= sp.last() + 3 && clauses.sameClause(j, sp.first()); j++) {
                if (s.matches(j, word)) {
                    return j;
                }
            }
        }
        return sp.last();
    }

    private Event toEvent(SentenceView s, Candidate c, String date) {
        Roles r = c.roles;
        int start = s.start(c.first);
        int end = s.end(c.last);
        return new Event(new Trigger(start, end, s.document().span(start, end)), c.type,
                r.actor() == null ? null : r.actor().value(), r.target() == null ? null : r.target().value(),
                r.location() == null ? null : r.location().name(), date, c.mode,
                c.source == null ? null : c.source.name(), s.index(), confidence(c));
    }

    /** Higher when the trigger is unambiguous, the actor is a linked actor and a target is named. */
    private static double confidence(Candidate c) {
        double value = c.noun ? 0.55 : 0.65;
        if (c.weak) {
            value -= 0.2;
        }
        Roles r = c.roles;
        if (r.actor() == null) {
            value -= 0.15;
        } else if (r.actor().code() != null) {
            value += 0.1;
        }
        if (r.target() != null) {
            value += 0.05;
        }
        if (c.explicitAgent) {
            value += 0.05;
        }
        if (r.actor() != null) {
            value = Math.min(value, 0.5 + r.actor().confidence() / 2);
        }
        return Math.round(Math.max(0.1, Math.min(0.95, value)) * 100) / 100.0;
    }
}
