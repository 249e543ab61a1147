package org.kroniek.store;

import java.util.Map;
import org.kroniek.core.Document;

/**
 * An analysed document with everything the store decided about it.
 *
 * @param sequence    the store's own number for it, ascending in ingest order; the search index records the
 *                    highest one it holds
 * @param identity    hash of the normalised text and the metadata that tell publications apart
 * @param contentHash hash of the normalised text alone (exact republications share it)
 * @param duplicateOf the first copy when this is a near-duplicate, else null
 * @param similarity  estimated Jaccard similarity to that copy, else null
 * @param signature   MinHash signature, or null for texts too short to compare
 * @param buckets     LSH band keys of the signature (empty without one)
 * @param layers      the document's non-empty layers already encoded ({@code LayerCodec.encodeAll}, done on an
 *                    analysis thread), or null to have the store encode them
 */
public record DocumentToStore(long sequence, String identity, String contentHash, Document document,
                              Long duplicateOf, Double similarity, int[] signature, long[] buckets,
                              String ingestedAt, long runId, Map<String, byte[]> layers) {
    public DocumentToStore(long sequence, String identity, String contentHash, Document document, Long duplicateOf,
                           Double similarity, int[] signature, long[] buckets, String ingestedAt, long runId) {
        this(sequence, identity, contentHash, document, duplicateOf, similarity, signature, buckets, ingestedAt,
                runId, null);
    }
}
