package org.kroniek.store.ingest;

import java.util.Map;
import org.kroniek.core.Document;
import org.kroniek.store.IndexedDocument;
import org.kroniek.store.dedup.DocumentIdentity;
import org.kroniek.store.dedup.NearDuplicateDetector;
import org.kroniek.store.sql.LayerCodec;
import org.kroniek.store.stories.PreparedStoryItem;

/**
 * An analysed document with everything the store derives from it alone, computed before it reaches the single
 * writer thread: ingest builds it on the analysis threads, which run in parallel, so that the writer only does
 * what needs the store (duplicate lookups, sequence numbers, inserts, linking, indexing).
 *
 * @param fingerprint MinHash signature and LSH bands of the text
 * @param layers      the layers encoded for storage ({@link LayerCodec#encodeAll})
 * @param indexed     what the search index holds of it, with sequence number 0 and no duplicate link yet
 * @param storyItem   what story linking sees of it, or null when it must be read back from the database
 */
public record PreparedDocument(Document document, DocumentIdentity identity,
                               NearDuplicateDetector.Fingerprint fingerprint, Map<String, byte[]> layers,
                               IndexedDocument indexed, PreparedStoryItem storyItem) {
    /** Fingerprints use fixed seeds, not the threshold: one detector serves every thread. */
    private static final NearDuplicateDetector FINGERPRINTS = new NearDuplicateDetector();

    /** Everything derived from the document alone; the document must not change afterwards. */
    public static PreparedDocument of(Document document, DocumentIdentity identity) {
        return new PreparedDocument(document, identity, FINGERPRINTS.fingerprint(document.getText()),
                LayerCodec.encodeAll(document), IndexedDocument.of(0, document, null),
                PreparedStoryItem.of(document, identity.identity()));
    }
}
