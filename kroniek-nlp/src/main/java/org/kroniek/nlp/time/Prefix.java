package org.kroniek.nlp.time;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A modifier word that may precede a timex ({@code eind}, {@code ruim}, {@code early}): it widens the span and,
 * per timex type, sets the mod ({@code "-"} = widen only). The pattern starts with "not after a letter or digit"
 * and ends at the end of the text before the timex; {@code first} tells where its match can begin.
 */
record Prefix(Pattern pattern, Map<String, String> modByType, FirstChars first) {
}
