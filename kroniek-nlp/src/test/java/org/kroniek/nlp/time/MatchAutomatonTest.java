package org.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The automaton may only skip work: where a pattern matches it must say yes; it should say no where it can. */
class MatchAutomatonTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static MatchAutomaton of(String regex) {
        return MatchAutomaton.of(Pattern.compile(regex, FLAGS));
    }

    @Test
    void rejectsWhereTheWordsCannotFollowAndKeepsTheRightBoundary() {
        MatchAutomaton a = of(RuleFileParser.LEFT + "(?:(?:een|twee)\\s+(?:dag|week)(?:en)?)" + RuleFileParser.RIGHT);
        assertThat(a.mayMatchAt("een week lang", 0)).isTrue();
        assertThat(a.mayMatchAt("Twee DAGEN", 0)).isTrue();
        assertThat(a.mayMatchAt("een kans", 0)).isFalse();
        assertThat(a.mayMatchAt("een weekend", 0)).isFalse();
        assertThat(a.mayMatchAt("eens", 0)).isFalse();
        assertThat(a.mayMatchAt("de week", 0)).isFalse();
    }

    @Test
    void aTrailingDollarMeansTheEndOfTheText() {
        MatchAutomaton a = of("(?:eind|begin)(?:\\s+van)?[\\s-]*$");
        assertThat(a.mayMatchAt("eind ", 0)).isTrue();
        assertThat(a.mayMatchAt("begin van\n", 0)).isTrue();
        assertThat(a.mayMatchAt("eind van de", 0)).isFalse();
    }

    @Test
    void backReferencesSurrogatesAndUnknownSyntaxStaySafe() {
        MatchAutomaton a = of("(\\d)(?<sep>[/.-])\\d\\k<sep>\\d");
        assertThat(a.mayMatchAt("1/2/3", 0)).isTrue();
        assertThat(a.mayMatchAt("1 2", 0)).isFalse();
        assertThat(of("a.b").mayMatchAt("a\uD83D\uDE00b", 0)).isTrue();
        assertThat(MatchAutomaton.of(Pattern.compile("a b", Pattern.COMMENTS))).isNull();
        assertThat(of("a\\Qb\\E")).isNull();
    }

    @Test
    void everyMatchOfTheRuleFilesIsAdmitted() {
        Random random = new Random(11);
        String alphabet = "aAbdeEgGhiIjklmMnNoOrstTuvwWzZ  0123456789.,:/-'’éëß\n\uD83D\uDE00";
        List<String> texts = new ArrayList<>();
        String[] words = {"maandag", "avond", "om", "20.00", "uur", "een", "twee", "weken", "geleden", "eind",
            "maart", "2016", "de", "jaren", "negentig", "werden", "heeft", "gezegd", "zal", "last", "week", "ago",
            "three", "years", "Monday", "p.m.", "12/25/2014", "’80s", "kerstavond", "\uD83D\uDE00", "Juli,"};
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 16; j++) {
                if (random.nextBoolean()) {
                    sb.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
                } else {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            texts.add(sb.toString());
        }
        int matches = 0;
        int built = 0;
        for (String lang : List.of("nl", "en")) {
            RuleSet rules = RuleFileParser.load(lang);
            List<Pattern> patterns = new ArrayList<>();
            rules.rules().forEach(r -> patterns.add(r.pattern()));
            rules.prefixes().forEach(p -> patterns.add(p.pattern()));
            rules.pastCues().forEach(c -> patterns.add(c.pattern()));
            rules.futureCues().forEach(c -> patterns.add(c.pattern()));
            patterns.add(rules.clauseBreak().pattern());
            for (Pattern p : patterns) {
                MatchAutomaton a = MatchAutomaton.of(p);
                if (a == null) {
                    continue;
                }
                built++;
                for (String text : texts) {
                    Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    for (int at = 0; at < text.length(); at++) {
                        if (m.region(at, text.length()).lookingAt() && m.end() > at) {
                            matches++;
                            assertThat(a.mayMatchAt(text, at)).as("%s at %d of '%s'", p, at, text).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(built).isGreaterThan(100);
        assertThat(matches).isGreaterThan(500);
        for (String lang : List.of("nl", "en")) {
            RuleSet rules = RuleFileParser.load(lang);
            List<Pattern> patterns = new ArrayList<>();
            rules.rules().forEach(r -> patterns.add(r.pattern()));
            assertStartsAdmitEveryMatch(rules.starts(), patterns, texts.subList(0, 200));
            patterns.clear();
            rules.pastCues().forEach(c -> patterns.add(c.pattern()));
            rules.futureCues().forEach(c -> patterns.add(c.pattern()));
            assertStartsAdmitEveryMatch(rules.cueStarts(), patterns, texts);
            patterns.clear();
            rules.prefixes().forEach(p -> patterns.add(p.pattern()));
            assertStartsAdmitEveryMatch(rules.prefixStarts(), patterns, texts);
        }
    }

    /** The shared automata of a rule file admit each pattern wherever it matches, and reject most positions. */
    private static void assertStartsAdmitEveryMatch(RuleStarts starts, List<Pattern> patterns, List<String> texts) {
        assertThat(starts.size()).isEqualTo(patterns.size());
        long[][] scratch = starts.scratch();
        int admitted = 0;
        int tried = 0;
        for (String text : texts) {
            for (int at = 0; at < text.length(); at++) {
                long[] bits = starts.at(text, at, scratch);
                for (int i = 0; i < patterns.size(); i++) {
                    boolean may = (bits[i >>> 6] & (1L << i)) != 0;
                    Matcher m = patterns.get(i).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    if (m.region(at, text.length()).lookingAt() && m.end() > at) {
                        assertThat(may).as("%s at %d of '%s'", patterns.get(i), at, text).isTrue();
                    }
                    admitted += may ? 1 : 0;
                    tried++;
                }
            }
        }
        assertThat(admitted).isLessThan(tried / 4);
    }

    @Test
    void aSharedAutomatonTellsWhichPatternsMayMatch() {
        MatchAutomaton a = MatchAutomaton.union(List.of(Pattern.compile("een\\s+week(?![a-z])", FLAGS),
                Pattern.compile("eens", FLAGS), Pattern.compile("e\\d+$", FLAGS)), 100);
        long[] out = new long[1];
        a.collect("een week lang", 0, out);
        assertThat(out[0]).isEqualTo(0b001L);
        out[0] = 0;
        a.collect("eens een weekend", 0, out);
        assertThat(out[0]).isEqualTo(0b010L);
        out[0] = 0;
        a.collect("e12", 0, out);
        assertThat(out[0]).isEqualTo(0b100L);
        out[0] = 0;
        a.collect("e12 x", 0, out);
        assertThat(out[0]).isZero();
        assertThat(MatchAutomaton.union(List.of(Pattern.compile("a b", Pattern.COMMENTS)), 100)).isNull();
    }
}
