package org.kroniek.nlp.events;

import java.util.List;
import org.kroniek.core.Event;

/**
 * What one sentence yields: its events, and the speaker of an attribution that reaches back to the sentence
 * before ("Dat zei Lavrov dinsdag."), or null.
 */
record SentenceEvents(List<Event> events, ActorSpan backwardSpeaker) {
}
