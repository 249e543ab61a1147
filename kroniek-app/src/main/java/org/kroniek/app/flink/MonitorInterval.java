package org.kroniek.app.flink;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an interval such as {@code 30s}, {@code 500ms}, {@code 5m} or {@code 1h}; a bare number is seconds. */
final class MonitorInterval {
    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    private MonitorInterval() {
    }

    static Duration parse(String text) {
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not an interval: '" + text + "' (use e.g. 30s, 500ms, 5m, 1h)");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.isZero()) {
            throw new IllegalArgumentException("the interval must be positive, not '" + text + "'");
        }
        return d;
    }
}
