package org.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFileParserTest {
    @Test
    void lexiconGroupsAndTriggers() {
        RuleSet rules = new RuleFileParser().parse("xx", List.of(
                "lex day: maandag=1 tweede_kerstdag=X",
                "lex-quiet number: een=1",
                "rule {day:w} => DATE weekday(w)",
                "nontrigger: rule"), "test");
        Rule r = rules.rules().get(0);
        assertThat(r.groups()).containsExactly("w");
        assertThat(r.groupLexicons().get("w")).containsEntry("tweede kerstdag", "X");
        assertThat(r.pattern().matcher("op Tweede  Kerstdag").find()).isTrue();
        assertThat(r.pattern().matcher("maandagen").find()).isFalse();
        assertThat(rules.triggers()).contains("maandag", "tweede", "kerstdag").doesNotContain("een");
    }

    @Test
    void errorsNameTheLine() {
        assertThatThrownBy(() -> new RuleFileParser().parse("xx", List.of("# c", "rule {nope} => DATE x"), "t.rules"))
                .hasMessageContaining("t.rules:2").hasMessageContaining("nope");
        assertThatThrownBy(() -> new RuleFileParser().parse("xx", List.of("rule a => WHEN x"), "t.rules"))
                .hasMessageContaining("bad type");
        assertThatThrownBy(() -> new RuleFileParser().parse("xx", List.of("rule a => DATE wekday(a)"), "t.rules"))
                .hasMessageContaining("unknown value function wekday");
        assertThatThrownBy(() -> new RuleFileParser().parse("xx", List.of("frobnicate"), "t.rules"))
                .hasMessageContaining("unknown line");
    }

    @Test
    void valueTemplatesNest() {
        ValueExpr e = ValueExpr.parse("part(weekday(w), 'EV')");
        assertThat(e.name()).isEqualTo("part");
        assertThat(e.args()).hasSize(2);
        assertThat(e.args().get(0).args().get(0).name()).isEqualTo("w");
        assertThat(e.args().get(1).call()).isFalse();
    }

    @Test
    void bothShippedRuleFilesLoad() {
        assertThat(RuleFileParser.load("nl").rules()).hasSizeGreaterThan(50);
        assertThat(RuleFileParser.load("en").rules()).hasSizeGreaterThan(50);
    }
}
