package org.kroniek.store.timeline;

/**
 * Where an event is reported: the document (store sequence number, its own id, title, source path or URL,
 * creation time), the sentence (index and text) and the trigger's offsets in the document text.
 */
public record TimelineSource(long seq, String documentId, String title, String source, String dct, int sentence,
                             String sentenceText, int triggerStart, int triggerEnd, String trigger, String mode,
                             double confidence) {
}
