package org.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written dct reader must read what the regular expression it replaces reads. */
class IsoPrefixTest {
    private static final Pattern ISO = Pattern.compile(
            "\\s*(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?)?)?.*");

    @Test
    void readsTheUsualForms() {
        assertThat(IsoPrefix.read("2016-12-27T09:30:00Z"))
                .isEqualTo(new IsoPrefix("2016", "12", "27", "09", "30"));
        assertThat(IsoPrefix.read(" 2016-12")).isEqualTo(new IsoPrefix("2016", "12", null, null, null));
        assertThat(IsoPrefix.read("2016-12-27 9:30")).isEqualTo(new IsoPrefix("2016", "12", "27", null, null));
        assertThat(IsoPrefix.read("201")).isNull();
        assertThat(IsoPrefix.read("2016-12-27\nnext line")).isNull();
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomText() {
        Random random = new Random(5);
        String alphabet = "0123456789-- T::\n\r\t\u2028xZ+";
        int matched = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextBoolean()) {
                sb.append("  2016-12-27T10:45:30".substring(random.nextInt(3), 2 + random.nextInt(20)));
            }
            for (int n = random.nextInt(8); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            Matcher m = ISO.matcher(s);
            IsoPrefix p = IsoPrefix.read(s);
            if (!m.matches()) {
                assertThat(p).as("'%s'", s).isNull();
                continue;
            }
            matched++;
            assertThat(p).as("'%s'", s)
                    .isEqualTo(new IsoPrefix(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
        }
        assertThat(matched).isGreaterThan(2_000);
    }
}
