package org.kroniek.nlp.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kroniek.core.Entity;

/**
 * Finds actor names in text that no entity tagger has read (English has no NER model yet): the longest run of
 * capitalised tokens that is a knowledge-base name, adjective or demonym becomes an entity of the matching CoNLL
 * type (MISC for adjectives and demonyms). People need two words or more ("Sergey Lavrov"); a surname alone
 * counts only after the full name ("Lavrov"), so that capitalised common words ("May", "Will") stay words.
 */
final class EnglishNameSpotter {
    private static final double CONFIDENCE = 0.8;
    private static final int MAX_WORDS = 6;

    private final ActorKnowledgeBase kb;

    EnglishNameSpotter(ActorKnowledgeBase kb) {
        this.kb = kb;
    }

    List<Entity> spot(String text, DocumentTokens tokens) {
        List<Entity> found = new ArrayList<>();
        Set<String> surnames = new HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsUpper(tokens.surface(i))) {
                i++;
                continue;
            }
            int matchedEnd = -1;
            ActorKnowledgeBase.NameMatch matched = null;
            int limit = Math.min(tokens.size(), i + MAX_WORDS);
            for (int j = limit - 1; j >= i && matched == null; j--) {
                if (tokens.sentence(j) != tokens.sentence(i) || !startsUpper(tokens.surface(j))) {
                    continue;
                }
                String surface = text.substring(tokens.start(i), tokens.end(j));
                matched = best(kb.lookupKey(NameKey.of(surface)), surface, j > i);
                matchedEnd = j;
            }
            if (matched == null) {
                if (surnames.contains(tokens.key(i))) {
                    found.add(new Entity(tokens.start(i), tokens.end(i), tokens.surface(i), "PER", null, null,
                            CONFIDENCE));
                }
                i++;
                continue;
            }
            int start = tokens.start(i);
            int end = tokens.end(matchedEnd);
            String surface = text.substring(start, end);
            found.add(new Entity(start, end, surface, typeOf(matched), null, null, CONFIDENCE));
            if (matched.actor().type() == ActorType.PER) {
                String key = NameKey.of(surface);
                surnames.add(key.substring(key.lastIndexOf(' ') + 1));
            }
            i = matchedEnd + 1;
        }
        return found;
    }

    private static ActorKnowledgeBase.NameMatch best(List<ActorKnowledgeBase.NameMatch> matches, String surface,
                                                     boolean severalWords) {
        ActorKnowledgeBase.NameMatch best = null;
        for (ActorKnowledgeBase.NameMatch match : matches) {
            if (match.kind() == NameKind.ACRONYM && !EntityResolver.isAcronym(surface)) {
                continue;
            }
            if (match.actor().type() == ActorType.PER && !severalWords) {
                continue;
            }
            if (best == null || match.actor().rank() > best.actor().rank()) {
                best = match;
            }
        }
        return best;
    }

    private static String typeOf(ActorKnowledgeBase.NameMatch match) {
        if (match.kind() == NameKind.ADJECTIVE || match.kind() == NameKind.DEMONYM) {
            return "MISC";
        }
        Actor actor = match.actor();
        return actor.nerType() != null ? actor.nerType() : actor.type().conllType();
    }

    private static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
