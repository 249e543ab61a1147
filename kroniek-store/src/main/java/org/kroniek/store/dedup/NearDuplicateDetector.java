package org.kroniek.store.dedup;

import java.util.Optional;
import org.kroniek.store.DocumentStore;
import org.kroniek.store.DuplicateCandidate;

/**
 * Finds whether a new text was stored before in (nearly) the same words: the same agency copy republished by
 * another outlet, or a corrected version. Exact republications are found by content hash; near ones by
 * MinHash over word 5-shingles, LSH buckets to find candidates, and a similarity threshold to confirm.
 */
public final class NearDuplicateDetector {
    public static final int SHINGLE_WORDS = 5;
    public static final int PERMUTATIONS = 128;
    public static final int BANDS = 32;
    public static final int ROWS = 4;
    /**
     * Word 5-shingles are strict: one edited sentence in a 110-word agency item already lowers the Jaccard
     * similarity to about 0.78, while two different articles share well under 0.1 even on the same story.
     * 0.7 catches republications with an edit or two and stays far from unrelated texts.
     */
    public static final double DEFAULT_THRESHOLD = 0.7;
    /** Below this many words a text (a headline, a one-liner) is too short to call a near-duplicate. */
    public static final int MIN_WORDS = 25;

    private final MinHash minHash = new MinHash(PERMUTATIONS, 0x6B726F6E69656BL);
    private final LshBands bands = new LshBands(BANDS, ROWS);
    private final double threshold;

    public NearDuplicateDetector(double threshold) {
        this.threshold = threshold;
    }

    public NearDuplicateDetector() {
        this(DEFAULT_THRESHOLD);
    }

    /** A text's fingerprint, or one with a null signature when the text is too short to compare. */
    public record Fingerprint(int[] signature, long[] buckets) {
        static final Fingerprint NONE = new Fingerprint(null, new long[0]);
    }

    public Fingerprint fingerprint(String text) {
        var words = Shingles.words(text);
        if (words.size() < MIN_WORDS) {
            return Fingerprint.NONE;
        }
        int[] signature = minHash.signature(Shingles.hashes(words, SHINGLE_WORDS));
        return new Fingerprint(signature, bands.buckets(signature));
    }

    public Optional<NearDuplicate> find(DocumentStore store, String contentHash, Fingerprint fingerprint) {
        Optional<DuplicateCandidate> exact = store.findContent(contentHash);
        if (exact.isPresent()) {
            return Optional.of(new NearDuplicate(exact.get().root(), 1.0));
        }
        if (fingerprint.signature() == null) {
            return Optional.empty();
        }
        DuplicateCandidate best = null;
        double bestSimilarity = 0;
        for (DuplicateCandidate candidate : store.findBuckets(fingerprint.buckets())) {
            double similarity = MinHash.similarity(fingerprint.signature(), candidate.signature());
            // Candidates come in sequence order: on a tie the earlier one wins.
            if (similarity > bestSimilarity) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        if (best == null || bestSimilarity < threshold) {
            return Optional.empty();
        }
        return Optional.of(new NearDuplicate(best.root(), bestSimilarity));
    }
}
