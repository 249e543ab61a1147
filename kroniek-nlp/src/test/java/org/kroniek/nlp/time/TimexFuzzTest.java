package org.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Timex;

/**
 * Fuzzes the time expression finder and normaliser (Jazzer; fuzzes only with {@code -Pfuzz}, otherwise replays
 * {@code TimexFuzzTestInputs/}). Properties: every timex covers its own text inside the input, timexes do not
 * overlap, the type is a TIMEX3 type and the value follows the TimeML value grammar.
 */
class TimexFuzzTest {
    private static final TimexAnnotator ANNOTATOR = new TimexAnnotator();
    private static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    // TimeML 1.2 values: dates (year, decade, century; month, day, week, weekday, weekend, quarter, half, season),
    // an optional time (clock or part of day), durations and the three reference values; X for unknown digits.
    private static final String YEAR = "(?:[0-9X]{4}|[0-9X]{3}|[0-9X]{2})";
    private static final String DATE = YEAR + "(?:-(?:[0-9X]{2})(?:-[0-9X]{2})?|-W[0-9X]{2}(?:-(?:[1-7X]|WE))?"
            + "|-WE|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?";
    private static final String TIME = "T(?:[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2}(?:\\.[0-9]+)?)?)?|MO|MI|AF|EV|NI|DT)";
    private static final String DURATION = "P(?:(?:[0-9]+(?:\\.[0-9]+)?|X)(?:Y|M|W|D|Q|H|DE|CE|ML|WE|SP|SU|FA|WI))*"
            + "(?:T(?:(?:[0-9]+(?:\\.[0-9]+)?|X)[HMS])+)?";
    static final Pattern VALUE = Pattern.compile(
            "PRESENT_REF|PAST_REF|FUTURE_REF|" + DATE + "(?:" + TIME + ")?|" + DURATION + "|" + TIME);

    @FuzzTest(maxDuration = "20s")
    void timexesHaveValidSpansAndValues(FuzzedDataProvider data) {
        String language = data.consumeBoolean() ? "en" : "nl";
        DctGranularity granularity = data.pickValue(DctGranularity.values());
        String dct = String.format("%04d-%02d-%02dT%02d:%02d", data.consumeInt(1, 9998), data.consumeInt(1, 12),
                data.consumeInt(1, 28), data.consumeInt(0, 23), data.consumeInt(0, 59));
        String text = data.consumeRemainingAsString();
        List<Timex> timexes = ANNOTATOR.annotate(text, language, dct, granularity);
        int previousEnd = 0;
        for (Timex timex : timexes) {
            assertThat(timex.start()).as("%s overlaps the one before", timex).isGreaterThanOrEqualTo(previousEnd);
            assertThat(timex.end()).isGreaterThan(timex.start()).isLessThanOrEqualTo(text.length());
            assertThat(timex.text()).isEqualTo(text.substring(timex.start(), timex.end()));
            assertThat(timex.type()).isIn(TYPES);
            if (timex.value() != null) {
                assertThat(timex.value()).as("value of %s (dct %s %s)", timex, dct, granularity).matches(VALUE);
            }
            previousEnd = timex.end();
        }
    }
}
