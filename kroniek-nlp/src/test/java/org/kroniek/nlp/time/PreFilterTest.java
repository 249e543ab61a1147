package org.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The pre-filter may only skip work: every rule that matches a sentence must be admitted for it. */
class PreFilterTest {
    private static final List<String> NL = List.of(
            "De premier sprak maandagavond om 20.00 uur met Merkel, gisteravond om 21.30 uur niet.",
            "Op 3-2-2017 en 14/03/17, in week 30, in Q3 2016 en het derde kwartaal van 2016.",
            "Eind jaren negentig, de jaren '80, de 21e eeuw en de negentiende eeuw.",
            "Ruim twee jaar geleden, over drie weken, anderhalve maand, een kwartier, jarenlang.",
            "Vanochtend, vanavond, Tweede Kerstdag, oudejaarsavond, Koningsdag, Pasen 2019.",
            "Elke zaterdagochtend, wekelijks, elk jaar, momenteel, binnenkort, op dit moment.",
            "Om half negen, kwart over negen, kort na zeven uur, 12.57 uur, medio 2017.",
            "De eerste helft van 2018, vorige week dinsdag, zaterdag jl., volgende maandag.");
    private static final List<String> EN = List.of(
            "The minister said Monday night at 8 p.m. that talks resume next Thursday.",
            "Sept. 12, 2013, 4 July 1976, 12/25/2014, the 1990s, the '80s, the 20th century.",
            "Three years ago, the past two years, more than a year, half an hour, recent weeks.",
            "Every Monday, weekly, now, Christmas Eve, Easter 2015, 15:00 GMT Saturday, noon.",
            "The third quarter of 2013, Q4, this fiscal year, early this year, late last July.");

    @Test
    void everyMatchingRuleIsAdmitted() {
        check(RuleFileParser.load("nl"), NL);
        check(RuleFileParser.load("en"), EN);
    }

    private static void check(RuleSet rules, List<String> sentences) {
        int matched = 0;
        for (String s : sentences) {
            PreFilter.Hits hits = PreFilter.scan(s, rules.triggers());
            for (Rule r : rules.rules()) {
                Matcher m = r.pattern().matcher(s);
                if (m.find()) {
                    matched++;
                    assertThat(hits.admits(r)).as("rule %s on '%s'", r.name(), s).isTrue();
                }
            }
        }
        assertThat(matched).isGreaterThan(30);
    }

    @Test
    void sentencesWithoutTriggersOrDigitsAreSkipped() {
        RuleSet nl = RuleFileParser.load("nl");
        assertThat(nl.allRulesFiltered()).isTrue();
        assertThat(RuleFileParser.load("en").allRulesFiltered()).isTrue();
        assertThat(PreFilter.scan("De Syrische regering en de oppositie zijn met elkaar in gesprek.",
                nl.triggers()).empty()).isTrue();
        assertThat(PreFilter.scan("Het overleg is maandagavond.", nl.triggers()).words()).contains("maandag");
    }
}
