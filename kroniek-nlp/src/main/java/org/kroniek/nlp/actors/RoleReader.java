package org.kroniek.nlp.actors;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.kroniek.core.Entity;

/**
 * Reads each linked entity's actor code from its context, with the rules of {@link RoleRules}: the noun a
 * nationality adjective modifies ("de Syrische regering" = SYR:GOV), a capital acting or deciding ("Moskou wil"
 * = RUS:GOV, but "in Astana" = KAZ), a title before a person's name ("de Russische minister ... Sergej Lavrov" =
 * RUS:GOV, "VN-gezant ..., Staffan de Mistura" = IGO:UN). A person's role in the text wins over the knowledge
 * base's; a surname or acronym takes the code of the mention it refers back to.
 */
final class RoleReader {
    private static final int TITLE_REACH = 7;
    private static final int HEAD_REACH = 2;

    private final RoleRules rules;
    private final DocumentTokens tokens;
    private final LocalDate day;
    private final List<Entity> entities;
    private final List<Link> links;
    private final ActorKnowledgeBase kb;
    private final int[] entityAtToken;
    private final String[] codes;

    /** A role read from a title; country may be null (then the knowledge base or the sentence supplies it). */
    private record Title(String country, String role) {
    }

    RoleReader(ActorKnowledgeBase kb, RoleRules rules, DocumentTokens tokens, LocalDate day, List<Entity> entities,
               List<Link> links) {
        this.kb = kb;
        this.rules = rules;
        this.tokens = tokens;
        this.day = day;
        this.entities = entities;
        this.links = links;
        this.entityAtToken = new int[tokens.size()];
        Arrays.fill(entityAtToken, -1);
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            for (int t = tokens.at(entity.start()); t < tokens.size() && tokens.start(t) < entity.end(); t++) {
                entityAtToken[t] = i;
            }
        }
        this.codes = new String[entities.size()];
    }

    /** Every entity's code, in order (a surname's antecedent comes first). */
    String[] readAll() {
        for (int i = 0; i < entities.size(); i++) {
            codes[i] = code(i);
        }
        return codes;
    }

    private String code(int i) {
        Link link = links.get(i);
        Actor actor = link.actor();
        if ("PER".equals(entities.get(i).type()) && (actor == null || actor.type() == ActorType.PER)) {
            return personCode(i, actor);
        }
        if (link.antecedent() >= 0) {
            return codes[link.antecedent()];
        }
        if (actor == null) {
            return null;
        }
        return switch (actor.type()) {
            case COUNTRY -> link.kind() == NameKind.ADJECTIVE ? adjectiveCode(i, actor.codeOn(day))
                    : actor.codeOn(day);
            case LOC -> actor.metonym() != null && actsAsGovernment(i) ? actor.metonym() : actor.codeOn(day);
            case IGO, ORG, PER -> actor.codeOn(day);
        };
    }

    /** A nationality adjective: the role of the noun it modifies, if any. */
    private String adjectiveCode(int i, String country) {
        int k = tokens.at(entities.get(i).end());
        for (int n = 0; n < HEAD_REACH && k < tokens.size(); n++, k++) {
            if (tokens.isClauseBreak(k) || tokens.isComma(k) || isPerson(k)) {
                break;
            }
            String word = tokens.key(k);
            if (rules.getWordOrHead(RoleRules.TITLE, word) != null && personFollows(k)) {
                return country;
            }
            String role = rules.getWordOrHead(RoleRules.HEAD, word);
            if (role != null) {
                return ActorCodes.withRole(country, role);
            }
            role = rules.getWordOrHead(RoleRules.HEAD_ABROAD, word);
            if (role != null) {
                return abroadFollows(k, country) ? ActorCodes.withRole(country, role) : country;
            }
            String pos = tokens.pos(k);
            if ("NOUN".equals(pos) || "PROPN".equals(pos) || tokens.isVerb(k)) {
                break;
            }
        }
        return country;
    }

    /** A person's name within a few words after a title ("minister van Buitenlandse Zaken Sergej Lavrov"). */
    private boolean personFollows(int k) {
        int sentence = tokens.sentence(k);
        for (int t = k + 1; t < tokens.size() && t <= k + TITLE_REACH - 1 && tokens.sentence(t) == sentence; t++) {
            if (isPerson(t)) {
                return true;
            }
            if (tokens.isClauseBreak(t) || tokens.isVerb(t)) {
                return false;
            }
        }
        return false;
    }

    /** "operaties in Syrië": a place in another country right after the noun. */
    private boolean abroadFollows(int k, String country) {
        for (int t = k + 1; t < tokens.size() && t <= k + 3; t++) {
            if (rules.contains(RoleRules.LOCATION_PREPOSITIONS, tokens.key(t)) && t + 1 < tokens.size()) {
                int e = entityAtToken[t + 1];
                String other = e < 0 || links.get(e).actor() == null ? null : links.get(e).actor().countryOn(day);
                return other != null && !other.equals(ActorCodes.country(country));
            }
        }
        return false;
    }

    /** A capital or seat of government acts (or is where an opinion is held) rather than being a place. */
    private boolean actsAsGovernment(int i) {
        Entity entity = entities.get(i);
        int first = tokens.at(entity.start());
        int before = first - 1;
        if (before < 0 || tokens.sentence(before) != tokens.sentence(first)
                || !rules.contains(RoleRules.LOCATION_PREPOSITIONS, tokens.key(before))) {
            return true;
        }
        if (before > 0 && rules.getWordOrHead(RoleRules.VENUE_NOUNS, tokens.key(before - 1)) != null) {
            return false; // "de onderhandelingen in Astana": where a meeting is held
        }
        int after = tokens.at(entity.end());
        for (int t = after; t < tokens.size() && t < after + 2; t++) {
            if (rules.contains(RoleRules.OPINION_VERBS, tokens.key(t))) {
                return true;
            }
        }
        return before > 0 && rules.getWordOrHead(RoleRules.GOVERNMENT_NOUNS, tokens.key(before - 1)) != null;
    }

    private String personCode(int i, Actor actor) {
        Link link = links.get(i);
        Title title = titleBefore(i);
        if (title == null) {
            title = titleAfter(i);
        }
        if (title == null) {
            if (link.antecedent() >= 0) {
                return codes[link.antecedent()];
            }
            return actor == null ? null : actor.codeOn(day);
        }
        if (title.country() != null) {
            return ActorCodes.withRole(title.country(), title.role());
        }
        String known = link.antecedent() >= 0 ? codes[link.antecedent()] : actor == null ? null : actor.codeOn(day);
        if (known != null) {
            return ActorCodes.withRole(known, title.role());
        }
        String country = nearestCountry(i);
        return country == null ? null : ActorCodes.withRole(country, title.role());
    }

    /** A title a few words before the name, looking back over commas and "van ..." phrases but not verbs. */
    private Title titleBefore(int i) {
        int first = tokens.at(entities.get(i).start());
        int k = first - 1;
        for (int n = 0; n < TITLE_REACH && k >= 0 && tokens.sentence(k) == tokens.sentence(first); n++, k--) {
            if (tokens.isClauseBreak(k)) {
                return null;
            }
            if (tokens.isComma(k)) {
                continue;
            }
            if (isPerson(k)) {
                return null;
            }
            String role = rules.getWordOrHead(RoleRules.TITLE, tokens.key(k));
            if (role != null) {
                return new Title(countryOfTitle(k), role);
            }
            if (tokens.isVerb(k)) {
                return null;
            }
        }
        return null;
    }

    /** "Donald Trump als president". */
    private Title titleAfter(int i) {
        int k = tokens.at(entities.get(i).end());
        if (k + 1 >= tokens.size() || !rules.contains(RoleRules.TITLE_AFTER, tokens.key(k))) {
            return null;
        }
        String role = rules.getWordOrHead(RoleRules.TITLE, tokens.key(k + 1));
        return role == null ? null : new Title(countryOfTitle(k + 1), role);
    }

    /** The country (or IGO) a title belongs to: "VN-gezant", "de Russische minister", "president van Frankrijk". */
    private String countryOfTitle(int k) {
        String surface = tokens.surface(k);
        int hyphen = surface.indexOf('-');
        if (hyphen > 0) {
            for (ActorKnowledgeBase.NameMatch match : kb.lookup(surface.substring(0, hyphen))) {
                ActorType type = match.actor().type();
                if (type == ActorType.IGO || type == ActorType.COUNTRY) {
                    return match.actor().codeOn(day);
                }
            }
        }
        for (int t = k - 1; t >= Math.max(0, k - 2); t--) {
            String country = countryAt(t);
            if (country != null) {
                return country;
            }
            if (tokens.isComma(t) || tokens.isVerb(t) || tokens.isClauseBreak(t)) {
                break;
            }
        }
        if (k + 2 < tokens.size() && ("van".equals(tokens.key(k + 1)) || "of".equals(tokens.key(k + 1)))) {
            return countryAt(k + 2);
        }
        return null;
    }

    private String countryAt(int t) {
        int e = entityAtToken[t];
        if (e < 0 || links.get(e).actor() == null) {
            return null;
        }
        Actor actor = links.get(e).actor();
        return actor.type() == ActorType.COUNTRY || actor.type() == ActorType.IGO ? actor.codeOn(day) : null;
    }

    /** The country named nearest to the entity in its sentence (by country, adjective, place), or null. */
    private String nearestCountry(int i) {
        int first = tokens.at(entities.get(i).start());
        int sentence = tokens.sentence(first);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j < entities.size(); j++) {
            Actor actor = links.get(j).actor();
            if (j == i || actor == null || actor.type() == ActorType.PER || actor.type() == ActorType.IGO) {
                continue;
            }
            int t = tokens.at(entities.get(j).start());
            if (t >= tokens.size() || tokens.sentence(t) != sentence) {
                continue;
            }
            String code = actor.countryOn(day);
            int distance = Math.abs(t - first);
            if (code != null && distance < bestDistance) {
                best = ActorCodes.country(code);
                bestDistance = distance;
            }
        }
        return best;
    }

    private boolean isPerson(int t) {
        int e = entityAtToken[t];
        return e >= 0 && "PER".equals(entities.get(e).type());
    }
}
