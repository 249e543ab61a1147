package org.kroniek.ingest;

import java.util.Locale;

/** Human-readable byte counts for error messages: {@code 512 bytes}, {@code 3.5 KB}, {@code 25.3 MB}. */
public final class ByteSizes {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    private ByteSizes() {
    }

    public static String format(long bytes) {
        if (bytes < KB) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < MB) {
            return oneDecimal(bytes, KB) + " KB";
        }
        if (bytes < GB) {
            return oneDecimal(bytes, MB) + " MB";
        }
        return oneDecimal(bytes, GB) + " GB";
    }

    /** "over the limit" message shared by whole files and single JSON Lines records. */
    public static String overLimitMessage(String what, long size, long limit) {
        return what + " is " + format(size) + ", over the " + format(limit) + " limit (--max-bytes)";
    }

    private static String oneDecimal(long bytes, long unit) {
        String s = String.format(Locale.ROOT, "%.1f", (double) bytes / unit);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
