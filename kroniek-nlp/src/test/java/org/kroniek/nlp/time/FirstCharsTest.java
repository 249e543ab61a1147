package org.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The start index may only skip work: wherever a pattern matches, its first characters must be admitted. */
class FirstCharsTest {
    private static final List<String> TEXTS = List.of(
            "De premier sprak maandagavond om 20.00 uur met Merkel, gisteravond om 21.30 uur niet.",
            "Op 3-2-2017 en 14/03/17, in week 30, in Q3 2016 en het derde kwartaal van 2016.",
            "Eind jaren negentig, de jaren '80, de 21e eeuw en de negentiende eeuw werd het gebouwd.",
            "Ruim twee jaar geleden, over drie weken, anderhalve maand, een kwartier, jarenlang.",
            "Vanochtend, vanavond, Tweede Kerstdag, oudejaarsavond, Koningsdag, Pasen 2019.",
            "Elke zaterdagochtend, wekelijks, elk jaar, momenteel, binnenkort, op dit moment.",
            "Om half negen, kwart over negen, kort na zeven uur, 12.57 uur, medio 2017.",
            "Het hof heeft woensdag geoordeeld dat de man die vorige week werd opgepakt, gelogen heeft.",
            "Hij zei dat het kabinet volgende maandag zal beslissen; de bonden dreigden met acties.",
            "The minister said Monday night at 8 p.m. that talks resume next Thursday.",
            "Sept. 12, 2013, 4 July 1976, 12/25/2014, the 1990s, the '80s, the 20th century.",
            "Three years ago, the past two years, more than a year, half an hour, recent weeks.",
            "Every Monday, weekly, now, Christmas Eve, Easter 2015, 15:00 GMT Saturday, noon.",
            "The company has reported that it expected growth; it will grow, and it had grown.");

    @Test
    void everyMatchStartIsAdmitted() {
        List<String> texts = new ArrayList<>(TEXTS);
        Random random = new Random(7);
        String alphabet = "aAbdDeEgGhiIjklmMnNoOrstTuvwWzZ 0123456789.,:/-'’éë";
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 40; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        int matches = 0;
        for (String lang : List.of("nl", "en")) {
            RuleSet rules = RuleFileParser.load(lang);
            List<Pattern> patterns = new ArrayList<>();
            List<FirstChars> firsts = new ArrayList<>();
            for (Rule r : rules.rules()) {
                patterns.add(r.pattern());
                firsts.add(r.first());
            }
            for (Prefix p : rules.prefixes()) {
                patterns.add(p.pattern());
                firsts.add(p.first());
            }
            List<CuePattern> cues = new ArrayList<>(rules.pastCues());
            cues.addAll(rules.futureCues());
            cues.add(rules.clauseBreak());
            for (CuePattern c : cues) {
                patterns.add(c.pattern());
                firsts.add(c.first());
            }
            for (int i = 0; i < patterns.size(); i++) {
                for (String text : texts) {
                    Matcher m = patterns.get(i).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    for (int at = 0; at < text.length(); at++) {
                        if (m.region(at, text.length()).lookingAt() && m.end() > at) {
                            matches++;
                            assertThat(firsts.get(i).admits(text, at))
                                    .as("%s at %d of '%s'", patterns.get(i), at, text).isTrue();
                            assertThat(firsts.get(i).mayBeginAt(text, at))
                                    .as("automaton: %s at %d of '%s'", patterns.get(i), at, text).isTrue();
                            for (int k = at; k < m.end(); k++) {
                                assertThat(firsts.get(i).mayContain(text.charAt(k))).isTrue();
                            }
                        }
                    }
                }
            }
        }
        assertThat(matches).isGreaterThan(500);
    }

    @Test
    void readsTheStructure() {
        FirstChars f = FirstChars.of(Pattern.compile(RuleFileParser.LEFT + "(?:(?:de\\s+)?maandag|\\d{4})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        assertThat(f.admits("Maandag", 0)).isTrue();
        assertThat(f.admits("de maandag", 0)).isTrue();
        assertThat(f.admits("dinsdag", 0)).isFalse();
        assertThat(f.admits("2016", 0)).isTrue();
        assertThat(f.admits("x", 0)).isFalse();
        assertThat(f.nullable()).isFalse();
        assertThat(f.mayContain(' ')).isTrue();
        assertThat(f.mayContain(',')).isFalse();
        assertThat(FirstChars.of(Pattern.compile("(?<a>x)\\k<a>|(?x) a")).all()).isTrue();
        assertThat(FirstChars.of(Pattern.compile("(?<a>x?)\\k<a>y")).all()).isTrue();
        assertThat(FirstChars.of(Pattern.compile("a?")).nullable()).isTrue();
    }
}
