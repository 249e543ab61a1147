package org.kroniek.nlp.events;

/**
 * A span of a sentence that names or stands for an actor: from the mentions layer (the actor linker), else from
 * the entities layer, else (languages without NER) a capitalised name. Positions are sentence token indices,
 * inclusive.
 *
 * @param code  the CAMEO-style actor code, or null when no linker knew it
 * @param name  the canonical name, else the covered text
 * @param type  the entity type (PER, LOC, ORG, MISC) or null when unknown
 */
record ActorSpan(int first, int last, String code, String name, String text, String type, double confidence) {

    /** What an event shows for this actor: the code when known, else the name. */
    String value() {
        return code != null ? code : name;
    }

    boolean isPerson() {
        return "PER".equals(type);
    }

    boolean isLocation() {
        return "LOC".equals(type);
    }

    boolean contains(int position) {
        return position >= first && position <= last;
    }

    boolean sameActor(ActorSpan other) {
        return other != null && value().equals(other.value());
    }
}
