package org.kroniek.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides an input's format: first by file extension, then by its first bytes. A {@code .txt} file is a seed
 * file when its first line is a seed header, plain text otherwise.
 */
public final class FormatDetector {
    /** {@code  date 2016-12 ...} (or {@code date 2016-12-27}): the seed header; the leading space is optional. */
    private static final Pattern SEED_START = Pattern.compile("\\s*date\\s+\\d{4}-\\d{1,2}(?:-\\d{1,2})?(?:\\s.*|$)", Pattern.DOTALL);

    private FormatDetector() {
    }

    /**
     * @param fileName the file's name (only its extension matters), or null for stdin
     * @param head     the first bytes of the input (a few KB are plenty)
     */
    public static InputFormat detect(String fileName, byte[] head) {
        InputFormat byName = byExtension(fileName);
        if (byName == InputFormat.TEXT) {
            return isSeed(head) ? InputFormat.SEED : InputFormat.TEXT;
        }
        return byName != InputFormat.AUTO ? byName : byContent(head);
    }

    /** The format an extension stands for, or AUTO when the extension says nothing. */
    public static InputFormat byExtension(String fileName) {
        if (fileName == null) {
            return InputFormat.AUTO;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> InputFormat.TEXT;
            case "jsonl", "ndjson" -> InputFormat.JSONL;
            case "html", "htm", "xhtml" -> InputFormat.HTML;
            case "rss", "atom", "xml" -> InputFormat.RSS;
            default -> InputFormat.AUTO;
        };
    }

    /** Sniffs the format from the first bytes; plain text when nothing else fits. */
    public static InputFormat byContent(byte[] head) {
        String start = headText(head);
        if (SEED_START.matcher(firstLine(start)).matches()) {
            return InputFormat.SEED;
        }
        String s = start.stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("{")) {
            return InputFormat.JSONL;
        }
        if (s.startsWith("<rss") || s.startsWith("<feed") || s.startsWith("<rdf:rdf")) {
            return InputFormat.RSS;
        }
        if (s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head") || s.startsWith("<body")) {
            return InputFormat.HTML;
        }
        if (s.startsWith("<?xml")) {
            // XHTML also starts with an XML declaration; a feed is the usual case.
            boolean html = s.contains("<html") && !s.contains("<rss") && !s.contains("<feed");
            return html ? InputFormat.HTML : InputFormat.RSS;
        }
        if (s.startsWith("<!--") || s.startsWith("<!doctype")) {
            return s.contains("<html") ? InputFormat.HTML : s.contains("<rss") || s.contains("<feed")
                    ? InputFormat.RSS : InputFormat.TEXT;
        }
        return InputFormat.TEXT;
    }

    static boolean isSeed(byte[] head) {
        return SEED_START.matcher(firstLine(headText(head))).matches();
    }

    private static String headText(byte[] head) {
        // Lenient on purpose: this only guesses the format; strict decoding and its errors come later.
        String s = new String(head, 0, Math.min(head.length, TextDecoder.SNIFF_BYTES), StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
