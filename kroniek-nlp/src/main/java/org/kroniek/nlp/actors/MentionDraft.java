package org.kroniek.nlp.actors;

import org.kroniek.core.Mention;

/** A mention while the layer is built: its antecedent is another draft, turned into an index at the end. */
final class MentionDraft {
    final int start;
    final int end;
    final String text;
    final String canonical;
    final String actor;
    final ActorType type;
    final NameKind kind;
    final String via;
    final MentionDraft antecedent;
    final double confidence;
    final int sentence;
    final boolean afterLocationPreposition;

    MentionDraft(int start, int end, String text, String canonical, String actor, ActorType type, NameKind kind,
                 String via, MentionDraft antecedent, double confidence, int sentence,
                 boolean afterLocationPreposition) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.canonical = canonical;
        this.actor = actor;
        this.type = type;
        this.kind = kind;
        this.via = via;
        this.antecedent = antecedent;
        this.confidence = confidence;
        this.sentence = sentence;
        this.afterLocationPreposition = afterLocationPreposition;
    }

    /** A mention of the same actor as this one, elsewhere. */
    MentionDraft referringBack(int newStart, int newEnd, String newText, String newVia, double newConfidence,
                               int newSentence) {
        return new MentionDraft(newStart, newEnd, newText, canonical, actor, type, kind, newVia, this,
                newConfidence, newSentence, false);
    }

    Mention toMention(int antecedentIndex) {
        return new Mention(start, end, text, canonical, actor, via, antecedentIndex, Math.round(confidence * 1000) / 1000.0);
    }
}
