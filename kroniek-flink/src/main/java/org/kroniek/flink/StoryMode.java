package org.kroniek.flink;

import java.util.Locale;

/** Where the job clusters stories. */
public enum StoryMode {
    /**
     * In a keyed operator, by story candidate key, in parallel (Flink keyed state): scales with the cluster; a
     * story whose reports have different main actors is split (docs/SCALE-OUT.md has the measured difference).
     */
    KEYED,
    /** In the single writer, over the whole stream: exactly the stories of {@code kroniek ingest}. */
    WRITER;

    public static StoryMode parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown story mode '" + value + "' (keyed or writer)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
