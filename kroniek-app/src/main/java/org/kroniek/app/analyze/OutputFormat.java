package org.kroniek.app.analyze;

/** How {@code analyze} writes its results. */
public enum OutputFormat {
    /** One JSON object {@code {"documents": [...], "errors": [...]}}. */
    json,
    /** One document per line. */
    jsonl,
    /** A readable summary per document. */
    text
}
