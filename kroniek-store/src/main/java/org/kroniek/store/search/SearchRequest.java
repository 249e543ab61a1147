package org.kroniek.store.search;

import java.time.LocalDate;

/**
 * A search: Lucene query syntax over title and text (empty or {@code *} for all documents) plus filters.
 *
 * @param from              documents whose creation time may fall on or after this day (null: no bound)
 * @param to                ... on or before this day
 * @param language          {@code nl}, {@code en}, or null for all
 * @param actor             an actor code ({@code SYR:GOV}, {@code SYR}) or name ({@code Karin Mulder}), or null
 * @param eventType         a PLOVER event type ({@code CONSULT}), or null
 * @param includeDuplicates also list near-duplicates (by default only the first copy of each is listed)
 * @param highlightStart    put before each matching word in snippets
 * @param highlightEnd      put after it
 * @param escapeHtml        escape {@code <}, {@code &} ... in snippets (for HTML or JSON consumers)
 * @param offset            hits to skip (a later page): only the {@code limit - offset} hits from there on are
 *                          returned, loaded and highlighted
 * @param snippets          whether to highlight snippets at all (not when only the hits' numbers are wanted)
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, String language, String actor,
                            String eventType, boolean includeDuplicates, int limit, SortOrder sort,
                            String highlightStart, String highlightEnd, boolean escapeHtml, int offset,
                            boolean snippets) {
    public enum SortOrder { RELEVANCE, NEWEST, OLDEST }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, false, 10, SortOrder.RELEVANCE, "**", "**", false, 0, true);
    }

    public SearchRequest withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchRequest(query, newFrom, newTo, language, actor, eventType, includeDuplicates, limit, sort,
                highlightStart, highlightEnd, escapeHtml, offset, snippets);
    }

    public SearchRequest withLanguage(String newLanguage) {
        return new SearchRequest(query, from, to, newLanguage, actor, eventType, includeDuplicates, limit, sort,
                highlightStart, highlightEnd, escapeHtml, offset, snippets);
    }

    public SearchRequest withActor(String newActor) {
        return new SearchRequest(query, from, to, language, newActor, eventType, includeDuplicates, limit, sort,
                highlightStart, highlightEnd, escapeHtml, offset, snippets);
    }

    public SearchRequest withEventType(String newType) {
        return new SearchRequest(query, from, to, language, actor, newType, includeDuplicates, limit, sort,
                highlightStart, highlightEnd, escapeHtml, offset, snippets);
    }

    public SearchRequest withDuplicates(boolean include) {
        return new SearchRequest(query, from, to, language, actor, eventType, include, limit, sort,
                highlightStart, highlightEnd, escapeHtml, offset, snippets);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, from, to, language, actor, eventType, includeDuplicates, newLimit, sort,
                highlightStart, highlightEnd, escapeHtml, offset, snippets);
    }

    public SearchRequest withSort(SortOrder newSort) {
        return new SearchRequest(query, from, to, language, actor, eventType, includeDuplicates, limit, newSort,
                highlightStart, highlightEnd, escapeHtml, offset, snippets);
    }

    public SearchRequest withHighlight(String start, String end) {
        return new SearchRequest(query, from, to, language, actor, eventType, includeDuplicates, limit, sort,
                start, end, escapeHtml, offset, snippets);
    }

    public SearchRequest withHtmlEscaping(boolean escape) {
        return new SearchRequest(query, from, to, language, actor, eventType, includeDuplicates, limit, sort,
                highlightStart, highlightEnd, escape, offset, snippets);
    }

    /** Skips the first {@code n} hits: {@code limit} still counts from the first hit, as pages do. */
    public SearchRequest withOffset(int n) {
        return new SearchRequest(query, from, to, language, actor, eventType, includeDuplicates, limit, sort,
                highlightStart, highlightEnd, escapeHtml, Math.max(0, n), snippets);
    }

    public SearchRequest withSnippets(boolean wanted) {
        return new SearchRequest(query, from, to, language, actor, eventType, includeDuplicates, limit, sort,
                highlightStart, highlightEnd, escapeHtml, offset, wanted);
    }
}
