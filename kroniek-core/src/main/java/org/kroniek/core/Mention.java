package org.kroniek.core;

/**
 * A span that refers to an actor: a linked named entity, or a word that stands for one named elsewhere in the
 * document (a surname, an acronym, a description such as "de rebellenkoepel", a pronoun). Events take their
 * actors and targets from these.
 *
 * @param canonical  the actor's English canonical name ({@code Sergey Lavrov}), or a stable local id for actors
 *                   the knowledge base does not know
 * @param actor      the CAMEO-style code ({@code RUS:GOV}), or null when unknown
 * @param via        how the mention was linked: {@code name}, {@code alias}, {@code surname}, {@code acronym},
 *                   {@code description}, {@code pronoun}, {@code local}
 * @param antecedent index into the mentions layer of the mention this one refers back to, or -1
 */
public record Mention(int start, int end, String text, String canonical, String actor, String via, int antecedent,
                      double confidence) {
    public Mention {
        Spans.check(start, end);
    }
}
