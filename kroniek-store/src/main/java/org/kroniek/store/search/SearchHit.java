package org.kroniek.store.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The hit as the JSON of {@code kroniek search --json} and {@code GET /api/search}. */
    public Map<String, Object> toJsonMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seq", sequence);
        json.put("id", id);
        json.put("score", score);
        json.put("dct", dct);
        json.put("language", language);
        json.put("publisher", publisher);
        json.put("byline", byline);
        json.put("source", source);
        json.put("headline", headline);
        json.put("snippets", snippets);
        json.put("duplicateOf", duplicateOf);
        json.put("duplicates", duplicates);
        return json;
    }
}
