package org.kroniek.nlp.actors;

/** How a name in the knowledge base stands for its actor. */
public enum NameKind {
    /** The canonical name or a name in some language ({@code Rusland}, {@code Russia}). */
    NAME,
    /** Another name: a spelling variant, nickname, former name. */
    ALIAS,
    /** An acronym; matches only when written in capitals ({@code VN}, {@code HNC}). */
    ACRONYM,
    /** A nationality adjective ({@code Russische}); the noun it modifies may give a role. */
    ADJECTIVE,
    /** A demonym, the people of a country ({@code Russen}). */
    DEMONYM;

    /** The {@code via} of a mention linked through a name of this kind. */
    public String via() {
        return switch (this) {
            case NAME -> "name";
            case ACRONYM -> "acronym";
            default -> "alias";
        };
    }
}
