package org.kroniek.ingest.lang;

/**
 * The language of a text.
 *
 * @param language   ISO 639-1 code where one exists ({@code nl}, {@code en}, {@code de}), else ISO 639-3
 * @param confidence the detector's probability for this language (it spreads over 103 languages, so even a
 *                   clear case is often well below 0.5); 1 for a trusted hint, 0 for the short-text default
 * @param basis      where the answer came from
 */
public record LanguageGuess(String language, double confidence, Basis basis) {
    public enum Basis {
        /** The input format said so (JSON Lines {@code language}, HTML {@code lang}, RSS {@code language}). */
        HINT,
        /** The statistical model. */
        MODEL,
        /** Dutch or English function words, unmistakably (the fast path before the model). */
        FUNCTION_WORDS,
        /** The text was too short to tell; kroniek assumes Dutch. */
        DEFAULT
    }
}
