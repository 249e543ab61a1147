package org.kroniek.store;

/**
 * A stored document that may be a near-duplicate of a new one.
 *
 * @param duplicateOf the first copy this one is itself linked to, or null when it is a first copy
 * @param signature   its MinHash signature, or null when the text was too short to have one
 */
public record DuplicateCandidate(long sequence, Long duplicateOf, int[] signature) {
    /** The first copy of the group this candidate belongs to: new near-duplicates link there. */
    public long root() {
        return duplicateOf == null ? sequence : duplicateOf;
    }
}
