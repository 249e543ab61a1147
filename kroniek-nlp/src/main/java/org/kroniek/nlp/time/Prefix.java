package org.kroniek.nlp.time;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A modifier word that may precede a timex ({@code eind}, {@code ruim}, {@code early}): it widens the span and,
 * per timex type, sets the mod ({@code "-"} = widen only).
 */
record Prefix(Pattern pattern, Map<String, String> modByType) {
}
