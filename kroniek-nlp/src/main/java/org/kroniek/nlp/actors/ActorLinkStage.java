package org.kroniek.nlp.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Mention;
import org.kroniek.core.Stage;

/**
 * Links entities to actors and finds the words that refer back to them. For each entity it sets the English
 * canonical name and the CAMEO-style code (role read from the text, see {@link RoleReader}); actors the
 * knowledge base does not know get a local id ({@link LocalIds}) and no code. The mentions layer then holds
 * every linked entity plus surnames, acronyms, descriptions and pronouns that refer back, each with how it was
 * linked and the mention it refers to. English documents without entities (no English tagger yet) get their
 * entities from the knowledge base's names first ({@link EnglishNameSpotter}).
 *
 * <p>Keeps no per-document state: one instance serves every thread.
 */
public final class ActorLinkStage implements Stage {
    private final ActorKnowledgeBase kb;

    /** The shipped knowledge base (plus the user's files, see {@link ActorKnowledgeBase#shipped()}). */
    public ActorLinkStage() {
        this(ActorKnowledgeBase.shipped());
    }

    public ActorLinkStage(ActorKnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public void process(Document document) {
        RoleRules rules = RoleRules.forLanguage(document.getLanguage());
        DocumentTokens tokens = new DocumentTokens(document);
        if (isEnglish(document.getLanguage()) && document.getEntities().isEmpty()) {
            document.setEntities(new EnglishNameSpotter(kb).spot(document.getText(), tokens));
        }
        List<Entity> entities = document.getEntities();
        if (entities.isEmpty()) {
            document.setMentions(List.of());
            return;
        }
        LocalDate day = day(document.getDct());
        List<Link> links = new EntityResolver(kb, rules, tokens, day, entities).resolveAll();
        String[] codes = new RoleReader(kb, rules, tokens, day, entities, links).readAll();

        List<Entity> linked = new ArrayList<>(entities.size());
        List<MentionDraft> named = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            Link link = links.get(i);
            Actor actor = link.actor();
            String type = actor != null && actor.nerType() != null && !"PER".equals(entity.type())
                    && !"MISC".equals(entity.type()) ? actor.nerType() : entity.type();
            linked.add(new Entity(entity.start(), entity.end(), entity.text(), type, link.canonical(), codes[i],
                    entity.confidence()));
            ActorType actorType = actor != null ? actor.type() : "PER".equals(type) ? ActorType.PER
                    : "LOC".equals(type) ? ActorType.LOC : null;
            int first = tokens.at(entity.start());
            boolean located = first > 0 && first < tokens.size()
                    && rules.contains(RoleRules.LOCATION_PREPOSITIONS, tokens.key(first - 1));
            MentionDraft antecedent = link.antecedent() >= 0 ? named.get(link.antecedent()) : null;
            named.add(new MentionDraft(entity.start(), entity.end(), entity.text(), link.canonical(), codes[i],
                    actorType, link.kind(), link.via(), antecedent, entity.confidence() * link.confidence(),
                    first < tokens.size() ? tokens.sentence(first) : 0, located));
        }
        document.setEntities(linked);

        List<MentionDraft> all = new ArrayList<>(named);
        all.addAll(new CoreferenceResolver(kb, rules, tokens).resolve(named));
        all.sort(Comparator.comparingInt((MentionDraft m) -> m.start).thenComparingInt(m -> m.end));
        Map<MentionDraft, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i), i);
        }
        List<Mention> mentions = new ArrayList<>(all.size());
        for (MentionDraft draft : all) {
            mentions.add(draft.toMention(draft.antecedent == null ? -1 : index.get(draft.antecedent)));
        }
        document.setMentions(mentions);
    }

    /** The document creation day (a month or year means its first day), or null when unknown. */
    static LocalDate day(String dct) {
        if (dct == null || dct.length() < 4) {
            return null;
        }
        try {
            if (dct.length() >= 10) {
                return LocalDate.parse(dct.substring(0, 10));
            }
            if (dct.length() >= 7) {
                return LocalDate.parse(dct.substring(0, 7) + "-01");
            }
            return LocalDate.of(Integer.parseInt(dct.substring(0, 4)), 1, 1);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean isEnglish(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
    }
}
