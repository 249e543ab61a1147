package org.kroniek.store.search;

import java.util.List;

/**
 * One document found.
 *
 * @param sequence    the store's number for the document
 * @param id          the id it came with (file name stem, JSON Lines id)
 * @param headline    its title, else its first sentence
 * @param snippets    passages with the matching words marked
 * @param duplicateOf the first copy, when this hit is itself a near-duplicate (only with includeDuplicates)
 * @param duplicates  how many near-duplicates are linked to this document
 */
public record SearchHit(long sequence, String id, float score, String dct, String language, String publisher,
                        String byline, String source, String headline, List<String> snippets, Long duplicateOf,
                        int duplicates) {
    public SearchHit withDuplicates(int count) {
        return new SearchHit(sequence, id, score, dct, language, publisher, byline, source, headline, snippets,
                duplicateOf, count);
    }
}
