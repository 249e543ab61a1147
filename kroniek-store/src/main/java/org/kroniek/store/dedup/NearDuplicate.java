package org.kroniek.store.dedup;

/**
 * The verdict on a new document: a near-duplicate of {@code firstCopy} (the earliest stored member of its
 * group), with the estimated Jaccard similarity to the closest stored member.
 */
public record NearDuplicate(long firstCopy, double similarity) {
}
