package org.kroniek.nlp.actors;

/** What kind of thing an actor of the knowledge base is; decides which entity types may link to it. */
public enum ActorType {
    /** A sovereign state: names, adjectives and demonyms all stand for it. */
    COUNTRY,
    /** An intergovernmental organisation such as the UN. */
    IGO,
    /** Any other organisation: a government body, armed group, party, company, NGO. */
    ORG,
    /** A person. */
    PER,
    /** A place inside a country: a city, region, river; its code is the country's. */
    LOC;

    /** The CoNLL-2002 entity type a name of this kind gets when kroniek finds it by dictionary. */
    public String conllType() {
        return switch (this) {
            case COUNTRY, LOC -> "LOC";
            case IGO, ORG -> "ORG";
            case PER -> "PER";
        };
    }
}
