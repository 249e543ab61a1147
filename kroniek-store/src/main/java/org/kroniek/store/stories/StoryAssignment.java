package org.kroniek.store.stories;

/** Where a document went: the story, its similarity to it (1 for a story it started), and whether it started it. */
public record StoryAssignment(long itemId, long storyId, double score, boolean started) {
}
