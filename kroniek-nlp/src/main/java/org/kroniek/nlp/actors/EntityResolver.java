package org.kroniek.nlp.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kroniek.core.Entity;

/**
 * Decides which actor each entity of one document names, in text order, so that later mentions can lean on
 * earlier ones: an acronym defined in the text ("Hoge Onderhandelingscomité (HNC)"), a surname after a full
 * name, then the knowledge base (names, aliases, adjectives; surnames and near spellings for people; compass
 * prefixes and compound prefixes for places and organisations). What is left gets a local id.
 */
final class EntityResolver {
    private static final double SURNAME = 0.95;
    private static final double KB_SURNAME = 0.85;
    private static final double NEAR_SPELLING = 0.7;
    private static final double COMPOUND_PREFIX = 0.8;

    private final ActorKnowledgeBase kb;
    private final RoleRules rules;
    private final DocumentTokens tokens;
    private final LocalDate day;
    private final List<Entity> entities;
    private final List<Link> links = new ArrayList<>();
    private final Map<String, Integer> surnames = new HashMap<>();
    private final Map<String, Integer> acronyms = new HashMap<>();

    EntityResolver(ActorKnowledgeBase kb, RoleRules rules, DocumentTokens tokens, LocalDate day,
                   List<Entity> entities) {
        this.kb = kb;
        this.rules = rules;
        this.tokens = tokens;
        this.day = day;
        this.entities = entities;
    }

    List<Link> resolveAll() {
        for (int i = 0; i < entities.size(); i++) {
            Link link = resolve(i);
            links.add(link);
            remember(i, link);
        }
        return links;
    }

    private Link resolve(int i) {
        Entity entity = entities.get(i);
        String surface = entity.text();
        Integer defined = acronyms.get(surface);
        if (defined != null && isAcronym(surface)) {
            return links.get(defined).through("acronym", defined, 1.0);
        }
        if ("PER".equals(entity.type())) {
            Link person = person(surface);
            if (person != null) {
                return person;
            }
        }
        Link named = byName(surface, entity.type());
        if (named != null) {
            return named;
        }
        String stem = withoutGenitive(surface);
        if (stem != null) {
            Link genitive = "PER".equals(entity.type()) ? person(stem) : byName(stem, entity.type());
            if (genitive != null) {
                return genitive;
            }
        }
        Link compound = hyphenCompound(surface, entity.type());
        if (compound != null) {
            return compound;
        }
        if ("PER".equals(entity.type())) {
            Link near = nearSpelling(surface);
            if (near != null) {
                return near;
            }
        }
        return Link.local(stem != null && "PER".equals(entity.type()) && surnames.containsKey(NameKey.of(stem))
                ? stem : surface);
    }

    /** A person: a surname already named in full earlier, the full name, the surname in the knowledge base. */
    private Link person(String surface) {
        String key = NameKey.of(surface);
        Integer earlier = surnames.get(key);
        if (earlier != null) {
            return Surnames.isSurnameOnly(key) ? links.get(earlier).through("surname", earlier, SURNAME)
                    : links.get(earlier).through("name", earlier, 1.0);
        }
        Link named = byName(surface, "PER");
        if (named != null) {
            return named;
        }
        if (Surnames.isSurnameOnly(key)) {
            Actor actor = onlyActive(kb.bySurname(key));
            if (actor != null) {
                return new Link(actor, actor.canonical(), NameKind.ALIAS, "surname", -1, KB_SURNAME);
            }
        }
        return null;
    }

    /** The knowledge-base actor a name stands for, chosen by entity type, the date and file precedence. */
    private Link byName(String surface, String nerType) {
        ActorKnowledgeBase.NameMatch best = null;
        int bestScore = 0;
        for (ActorKnowledgeBase.NameMatch match : kb.lookup(surface)) {
            if (match.kind() == NameKind.ACRONYM && !isAcronym(surface)) {
                continue;
            }
            int fit = fit(match, nerType);
            if (fit == 0) {
                continue;
            }
            int score = fit * 1000 + (match.actor().activeOn(day) ? 100 : 0) + match.actor().rank() * 10
                    + (match.kind() == NameKind.NAME ? 1 : 0);
            if (score > bestScore) {
                best = match;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        return new Link(best.actor(), best.actor().canonical(), best.kind(), best.kind().via(), -1, 1.0);
    }

    /** How well an actor suits the tagger's entity type: 2 well, 1 possibly (metonymy, tagger errors), 0 not. */
    static int fit(ActorKnowledgeBase.NameMatch match, String nerType) {
        ActorType type = match.actor().type();
        if (nerType == null) {
            return 2;
        }
        return switch (nerType) {
            case "PER" -> type == ActorType.PER ? 2 : 0;
            case "LOC" -> type == ActorType.COUNTRY || type == ActorType.LOC ? 2 : type == ActorType.PER ? 0 : 1;
            case "ORG" -> type == ActorType.ORG || type == ActorType.IGO ? 2 : type == ActorType.PER ? 0 : 1;
            case "MISC" -> match.kind() == NameKind.ADJECTIVE || match.kind() == NameKind.DEMONYM ? 2
                    : type == ActorType.PER ? 0 : 1;
            default -> 1;
        };
    }

    /** {@code Oost-Oekraïne} (Eastern Ukraine, UKR), {@code VN-gezant} (the UN): a known name inside a compound. */
    private Link hyphenCompound(String surface, String nerType) {
        int hyphen = surface.indexOf('-');
        if (hyphen <= 0 || hyphen == surface.length() - 1) {
            return null;
        }
        String head = surface.substring(0, hyphen);
        String rest = surface.substring(hyphen + 1);
        String compass = rules.get(RoleRules.COMPASS, NameKey.of(head));
        if (compass != null && !compass.isEmpty()) {
            Link place = byName(rest, "LOC");
            if (place != null) {
                return new Link(place.actor(), compass + " " + place.actor().canonical(), NameKind.NAME, "name", -1,
                        place.confidence());
            }
        }
        if ("MISC".equals(nerType) || "ORG".equals(nerType)) {
            Link prefix = byName(head, null);
            if (prefix != null && (prefix.actor().type() == ActorType.IGO || prefix.actor().type() == ActorType.COUNTRY)) {
                return prefix.through("alias", -1, COMPOUND_PREFIX);
            }
        }
        return null;
    }

    /** A person whose given name matches and whose surname is one edit away ("Sismek" for "Şimşek"). */
    private Link nearSpelling(String surface) {
        String key = NameKey.of(surface);
        int space = key.indexOf(' ');
        int last = key.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        String surname = key.substring(last + 1);
        if (surname.length() < 5) {
            return null;
        }
        List<Actor> near = new ArrayList<>();
        for (Actor actor : kb.byGivenName(key.substring(0, space))) {
            if (EditDistance.atMostOne(surname, kb.surnameKey(actor))) {
                near.add(actor);
            }
        }
        Actor actor = onlyActive(near);
        return actor == null ? null : new Link(actor, actor.canonical(), NameKind.ALIAS, "alias", -1, NEAR_SPELLING);
    }

    /** The one candidate active on the day (the best-ranked file's, if several files agree), or null. */
    private Actor onlyActive(List<Actor> candidates) {
        Actor only = null;
        int bestRank = -1;
        boolean tie = false;
        for (Actor actor : candidates) {
            if (day != null && !actor.activeOn(day) || day == null && !actor.activeOn(null)) {
                continue;
            }
            if (actor.rank() > bestRank) {
                only = actor;
                bestRank = actor.rank();
                tie = false;
            } else if (actor.rank() == bestRank) {
                tie = true;
            }
        }
        if (only == null && candidates.size() == 1) {
            return candidates.get(0);
        }
        return tie ? null : only;
    }

    /** Makes later mentions find this one: its surname, and an acronym defined right after it. */
    private void remember(int i, Link link) {
        Entity entity = entities.get(i);
        if ("PER".equals(entity.type())) {
            String key = NameKey.of(entity.text());
            int space = key.lastIndexOf(' ');
            if (space < 0 && link.known()) {
                surnames.putIfAbsent(key, i); // "Assad" resolved once: later "Assad"s refer back to it
            }
            if (space > 0) {
                surnames.putIfAbsent(key.substring(space + 1), i);
                int particles = Surnames.particleStart(key);
                if (particles > 0) {
                    surnames.putIfAbsent(key.substring(particles), i);
                }
                surnames.putIfAbsent(key, i);
            }
        }
        String acronym = acronymDefinedAfter(entity);
        if (acronym != null) {
            acronyms.putIfAbsent(acronym, i);
        }
    }

    /** {@code Long Form (ACR)}: the acronym in brackets right after the entity, or null. */
    private String acronymDefinedAfter(Entity entity) {
        int open = tokens.at(entity.end());
        if (open + 2 >= tokens.size() || !"(".equals(tokens.surface(open)) || !")".equals(tokens.surface(open + 2))) {
            return null;
        }
        String inside = tokens.surface(open + 1);
        return isAcronym(inside) && inside.length() < entity.text().length() ? inside : null;
    }

    static boolean isAcronym(String surface) {
        if (surface.length() < 2 || surface.length() > 8) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c) && c != 's') {
                return false;
            }
        }
        return upper >= 2;
    }

    /** {@code Assads}, {@code Poetins}, {@code Ruslands}, {@code Trump's}: the name without the genitive -s. */
    private static String withoutGenitive(String surface) {
        if (surface.endsWith("'s") || surface.endsWith("\u2019s")) {
            return surface.substring(0, surface.length() - 2);
        }
        if (surface.length() > 4 && surface.endsWith("s") && !surface.endsWith("ss")) {
            return surface.substring(0, surface.length() - 1);
        }
        return null;
    }
}
