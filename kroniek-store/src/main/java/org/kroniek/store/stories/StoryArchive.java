package org.kroniek.store.stories;

import java.util.Collection;

/**
 * Where the clusterer puts stories that have closed (no new document can join them by its words any more) so
 * that they leave memory, and where it gets one back when a near-duplicate of one of its articles arrives.
 */
interface StoryArchive {
    /** Keeps the stories' state; they may be asked for again. */
    void put(Collection<Story> stories);

    /** The story as it was put, or null when it was never put (or already taken back). */
    Story take(long storyId);

    /** The story as it was put, left in the archive; null when absent. */
    Story peek(long storyId);

    /** For evaluations: nothing leaves memory. */
    StoryArchive NONE = new StoryArchive() {
        @Override
        public void put(Collection<Story> stories) {
            throw new IllegalStateException("no story archive");
        }

        @Override
        public Story take(long storyId) {
            return null;
        }

        @Override
        public Story peek(long storyId) {
            return null;
        }
    };
}
