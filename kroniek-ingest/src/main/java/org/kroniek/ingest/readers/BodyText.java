package org.kroniek.ingest.readers;

/**
 * The text of a document as readers store it: line breaks as {@code \n} and no leading or trailing white
 * space, but otherwise the layout of the input, because blank lines and short lines on their own mark
 * paragraphs and headings for the sentence splitter.
 */
public final class BodyText {
    private BodyText() {
    }

    public static String clean(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** Null for null or blank, else the stripped value: optional metadata fields. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
