package org.kroniek.nlp.actors;

/**
 * What one entity was linked to.
 *
 * @param actor      the knowledge-base actor, or null for an actor it does not know
 * @param canonical  the canonical name (the actor's, a derived one such as "Eastern Ukraine", or a local id)
 * @param kind       how the name stood for the actor (adjectives take a role from the noun they modify)
 * @param via        the mention's {@code via}
 * @param antecedent the entity index this one was resolved through (surname, acronym), or -1
 * @param confidence how sure the link is, before the entity's own confidence
 */
record Link(Actor actor, String canonical, NameKind kind, String via, int antecedent, double confidence) {

    static Link local(String name) {
        return new Link(null, LocalIds.of(name), NameKind.NAME, "local", -1, 1.0);
    }

    boolean known() {
        return actor != null;
    }

    Link through(String newVia, int newAntecedent, double factor) {
        return new Link(actor, canonical, kind, newVia, newAntecedent, confidence * factor);
    }
}
