package org.kroniek.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * How to read input.
 *
 * @param maxBytes     files (or JSON Lines records) larger than this are reported and skipped
 * @param date         document creation time for inputs that carry none (plain text), e.g. {@code 2016-12-27}
 *                     or {@code 2016-12-27T12:57}; null to fall back to file metadata
 * @param format       {@code auto} (by extension and content) or one of seed, text, jsonl, html, rss
 */
public record ReaderOptions(long maxBytes, String date, String format) {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public static ReaderOptions defaults() {
        return new ReaderOptions(DEFAULT_MAX_BYTES, null, "auto");
    }

    public ReaderOptions withMaxBytes(long newMaxBytes) {
        return new ReaderOptions(newMaxBytes, date, format);
    }

    public ReaderOptions withDate(String newDate) {
        return new ReaderOptions(maxBytes, newDate, format);
    }

    public ReaderOptions withFormat(String newFormat) {
        return new ReaderOptions(maxBytes, date, newFormat);
    }

    /**
     * What is wrong with these options, in words for the user (empty when they are fine). The CLI can call
     * this up front; {@link DocumentSource} reports the same problems as errors and then reads nothing.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (maxBytes <= 0) {
            problems.add("--max-bytes must be positive, not " + maxBytes);
        }
        if (date != null && DctParser.parse(date).isEmpty()) {
            problems.add("--date '" + date + "' is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM");
        }
        if (format != null && InputFormat.parse(format).isEmpty()) {
            problems.add("--format '" + format + "' is unknown; use " + InputFormat.NAMES);
        }
        return problems;
    }
}
