package org.kroniek.nlp.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the words that refer back to actors already mentioned: descriptions after a determiner ("de
 * rebellenkoepel" = the Free Syrian Army, "het land", "de stad") and personal pronouns ("hij"). It only links
 * when the choice is clear: one candidate actor in the window, and "het land" only where it acts (not "in het
 * land"), preferring countries that act over places where something happens.
 */
final class CoreferenceResolver {
    private static final double KB_DESCRIPTION = 0.8;
    private static final double DESCRIPTION = 0.65;
    private static final double PRONOUN = 0.75;
    private static final int DESCRIPTION_SENTENCES = 3;

    private final ActorKnowledgeBase kb;
    private final RoleRules rules;
    private final DocumentTokens tokens;

    CoreferenceResolver(ActorKnowledgeBase kb, RoleRules rules, DocumentTokens tokens) {
        this.kb = kb;
        this.rules = rules;
        this.tokens = tokens;
    }

    /** New mentions referring back to the given ones (which are in text order). */
    List<MentionDraft> resolve(List<MentionDraft> named) {
        List<MentionDraft> found = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < tokens.size(); k++) {
            while (next < named.size() && named.get(next).end <= tokens.start(k)) {
                next++;
            }
            if (next < named.size() && named.get(next).start <= tokens.start(k)) {
                continue; // inside a named mention
            }
            List<MentionDraft> before = named.subList(0, next);
            MentionDraft antecedent = null;
            String via = null;
            double confidence = 0;
            String word = tokens.key(k);
            String pronoun = rules.get(RoleRules.PRONOUNS, word);
            if (pronoun != null) {
                antecedent = onlyPerson(before, k);
                via = "pronoun";
                confidence = PRONOUN;
            } else if (k > 0 && rules.contains(RoleRules.DETERMINERS, tokens.key(k - 1))) {
                antecedent = knownDescription(before, k, word);
                confidence = KB_DESCRIPTION;
                if (antecedent == null) {
                    antecedent = describedActor(before, k, rules.get(RoleRules.DESCRIPTION, word));
                    confidence = DESCRIPTION;
                }
                via = "description";
            }
            if (antecedent != null) {
                int start = via.equals("description") ? tokens.start(k - 1) : tokens.start(k);
                found.add(antecedent.referringBack(start, tokens.end(k), tokens.text(start, tokens.end(k)), via,
                        confidence, tokens.sentence(k)));
            }
        }
        return found;
    }

    /** "de rebellenkoepel": an earlier mention of an actor the knowledge base describes so. */
    private MentionDraft knownDescription(List<MentionDraft> before, int k, String word) {
        List<Actor> described = kb.byDescription(word);
        if (described.isEmpty()) {
            return null;
        }
        Set<String> canonicals = new HashSet<>();
        described.forEach(a -> canonicals.add(a.canonical()));
        int sentence = tokens.sentence(k);
        for (int m = before.size() - 1; m >= 0; m--) {
            MentionDraft mention = before.get(m);
            if (sentence - mention.sentence > DESCRIPTION_SENTENCES) {
                break;
            }
            if (canonicals.contains(mention.canonical)) {
                return mention;
            }
        }
        return null;
    }

    /** "het land", "de stad", "de koepel": the nearest earlier actor of the described kind, when only one fits. */
    private MentionDraft describedActor(List<MentionDraft> before, int k, String kindOfActor) {
        if (kindOfActor == null || kindOfActor.isEmpty()) {
            return null;
        }
        if (k >= 2 && rules.contains(RoleRules.LOCATION_PREPOSITIONS, tokens.key(k - 2))) {
            return null; // "in het land": a place, often not the country just named
        }
        int sentence = tokens.sentence(k);
        int colon = kindOfActor.indexOf(':');
        String type = colon < 0 ? kindOfActor : kindOfActor.substring(0, colon);
        String role = colon < 0 ? null : kindOfActor.substring(colon + 1);
        int window = type.equals("COUNTRY") || type.equals("LOC") ? 1 : 2;
        for (int back = 0; back <= window; back++) {
            MentionDraft only = null;
            Set<String> seen = new HashSet<>();
            for (int m = before.size() - 1; m >= 0; m--) {
                MentionDraft mention = before.get(m);
                if (mention.sentence != sentence - back) {
                    continue;
                }
                if (!fits(mention, type, role)) {
                    continue;
                }
                String identity = type.equals("COUNTRY") ? ActorCodes.country(mention.actor) : mention.canonical;
                if (seen.add(identity) && only == null) {
                    only = mention;
                }
            }
            if (seen.size() == 1) {
                return only;
            }
            if (seen.size() > 1) {
                return null;
            }
        }
        return null;
    }

    private static boolean fits(MentionDraft mention, String type, String role) {
        if (mention.type == null || mention.actor == null && !type.equals("PER") && !type.equals("LOC")) {
            return false;
        }
        boolean typeFits = switch (type) {
            case "COUNTRY" -> mention.type == ActorType.COUNTRY && mention.kind != NameKind.ADJECTIVE
                    && !mention.afterLocationPreposition;
            case "LOC" -> mention.type == ActorType.LOC;
            case "ORG" -> mention.type == ActorType.ORG || mention.type == ActorType.IGO;
            case "PER" -> mention.type == ActorType.PER;
            default -> false;
        };
        return typeFits && (role == null || mention.actor != null && mention.actor.endsWith(":" + role));
    }

    /** "hij": the one person named earlier in the sentence, else the one person of the previous sentence. */
    private MentionDraft onlyPerson(List<MentionDraft> before, int k) {
        int sentence = tokens.sentence(k);
        for (int back = 0; back <= 1; back++) {
            MentionDraft only = null;
            Set<String> seen = new HashSet<>();
            for (int m = before.size() - 1; m >= 0; m--) {
                MentionDraft mention = before.get(m);
                if (mention.sentence == sentence - back && mention.type == ActorType.PER && seen.add(mention.canonical)
                        && only == null) {
                    only = mention;
                }
            }
            if (seen.size() == 1) {
                return only;
            }
            if (seen.size() > 1) {
                return null;
            }
        }
        return null;
    }
}
