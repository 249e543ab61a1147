package org.kroniek.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
    private final FeatureExtractor fx = new FeatureExtractor(Gazetteer.empty(), FeatureExtractor.DOCUMENT);

    @Test
    void shapesCollapseRuns() {
        assertThat(FeatureExtractor.shape("Aleppo")).isEqualTo("Xx");
        assertThat(FeatureExtractor.shape("HNC")).isEqualTo("X");
        assertThat(FeatureExtractor.shape("2016")).isEqualTo("d");
        assertThat(FeatureExtractor.shape("VN-gezant")).isEqualTo("X-x");
        assertThat(FeatureExtractor.shape("al-Assad")).isEqualTo("x-Xx");
        assertThat(FeatureExtractor.shape("Oost-Oekraïne")).isEqualTo("Xx-Xx");
    }

    @Test
    void wordCaseIsRelativeToSentenceStart() {
        assertThat(WordCase.of("De", true)).isEqualTo(WordCase.CAP_SENTENCE_INITIAL);
        assertThat(WordCase.of("Lavrov", false)).isEqualTo(WordCase.CAP);
        assertThat(WordCase.of("HNC", false)).isEqualTo(WordCase.ALL_CAPS);
        assertThat(WordCase.of("al-Assad", false)).isEqualTo(WordCase.MIXED);
        assertThat(WordCase.of(",", false)).isEqualTo(WordCase.NO_LETTER);
        assertThat(WordCase.firstWord(new String[] {"\"", "Dat", "zei"})).isEqualTo(1);
    }

    @Test
    void detectsCapitalsHeadings() {
        assertThat(WordCase.isCapsSentence(new String[] {"RUSLAND", "EN", "TURKIJE", "PRATEN"})).isTrue();
        assertThat(WordCase.isCapsSentence(new String[] {"De", "VN", "en", "HNC", "praten"})).isFalse();
    }

    @Test
    void sameWordInSameContextGivesSameKeys() {
        Set<Long> a = keys(new String[] {"De", "stad", "Aleppo", "viel"}, 2);
        Set<Long> b = keys(new String[] {"De", "stad", "Aleppo", "viel"}, 2);
        Set<Long> c = keys(new String[] {"De", "stad", "Homs", "viel"}, 2);
        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
        // Context features are shared: "stad" before both names.
        Set<Long> shared = new HashSet<>(a);
        shared.retainAll(c);
        assertThat(shared).isNotEmpty();
    }

    @Test
    void hyphenPartsAreFeatures() {
        Set<Long> plain = keys(new String[] {"de", "gezant", "zei"}, 1);
        Set<Long> hyphen = keys(new String[] {"de", "VN-gezant", "zei"}, 1);
        assertThat(hyphen.size()).isGreaterThan(plain.size());
    }

    @Test
    void documentContextKnowsLowerCaseUse() {
        DocumentContext doc = DocumentContext.of(List.of(
                new String[] {"Hij", "zag", "de", "zon"}, new String[] {"Zon", "is", "warm"},
                new String[] {"Ze", "belde", "Lavrov"}));
        assertThat(doc.flags(Hashing.word("Zon", true)) & DocumentContext.SEEN_LOWER).isNotZero();
        assertThat(doc.flags(Hashing.word("lavrov", true)) & DocumentContext.SEEN_CAP_MID_SENTENCE).isNotZero();
        assertThat(doc.flags(Hashing.word("lavrov", true)) & DocumentContext.SEEN_LOWER).isZero();
    }

    @Test
    void gazetteerMarksMultiTokenMatches() {
        LongIntMap map = new LongIntMap(8);
        Gazetteer.add(map, new String[] {"Verenigde", "Staten"}, 0);
        Gazetteer gaz = new Gazetteer(map);
        String[] words = {"de", "verenigde", "STATEN", "en"};
        long[] lower = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            lower[i] = Hashing.word(words[i], true);
        }
        int[] bits = new int[words.length];
        gaz.match(lower, words.length, bits);
        assertThat(bits).containsExactly(0, 1, 2, 0);
    }

    private Set<Long> keys(String[] words, int token) {
        FeatureBuffer f = fx.extract(words, DocumentContext.of(List.<String[]>of(words)), new FeatureExtractor.Scratch());
        Set<Long> out = new HashSet<>();
        for (int k = f.from(token); k < f.to(token); k++) {
            out.add(f.keys[k]);
        }
        return out;
    }
}
