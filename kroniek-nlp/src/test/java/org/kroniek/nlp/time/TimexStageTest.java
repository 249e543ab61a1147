package org.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kroniek.core.DctGranularity;
import org.kroniek.core.Document;
import org.kroniek.core.Sentence;
import org.kroniek.core.Timex;

class TimexStageTest {
    private static final String TEXT = "Aleppo\nDe minister zei dinsdag dat het overleg maandag begint. "
            + "Eind vorig jaar liep het vast.";

    private static Document document() {
        Document d = new Document("d1", TEXT);
        d.setLanguage("nl");
        d.setDct("2017-01-10T09:30");
        d.setDctGranularity(DctGranularity.MINUTE);
        return d;
    }

    @Test
    void nameIsTime() {
        assertThat(new TimexStage().name()).isEqualTo("time");
    }

    @Test
    void offsetsPointIntoTheWholeTextPerSentence() {
        Document d = document();
        int s2 = TEXT.indexOf("De minister");
        int s3 = TEXT.indexOf("Eind");
        d.setSentences(List.of(new Sentence(0, 6, true), new Sentence(s2, s3 - 1), new Sentence(s3, TEXT.length())));
        new TimexStage().process(d);
        int tue = TEXT.indexOf("dinsdag");
        int mon = TEXT.indexOf("maandag");
        assertThat(d.getTimexes()).containsExactly(
                new Timex(tue, tue + 7, "dinsdag", "DATE", "2017-01-10", null),
                new Timex(mon, mon + 7, "maandag", "DATE", "2017-01-16", null),
                new Timex(s3, s3 + 15, "Eind vorig jaar", "DATE", "2016", "END"));
        for (Timex t : d.getTimexes()) {
            assertThat(d.span(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void withoutSentencesTheWholeTextIsOne() {
        Document d = document();
        new TimexStage().process(d);
        assertThat(d.getTimexes()).extracting(Timex::text).containsExactly("dinsdag", "maandag", "Eind vorig jaar");
    }

    @Test
    void monthOnlyDctKeepsDaysUnderspecified() {
        Document d = document();
        d.setDct("2017-01");
        d.setDctGranularity(DctGranularity.MONTH);
        new TimexStage().process(d);
        assertThat(d.getTimexes()).extracting(Timex::value).containsExactly("XXXX-WXX-2", "XXXX-WXX-1", "2016");
    }

    @Test
    void regionalLanguageTagsUseTheBaseRules() {
        Document d = document();
        d.setLanguage("nl-BE");
        new TimexStage().process(d);
        assertThat(d.getTimexes()).hasSize(3);
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        TimexStage stage = new TimexStage();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Timex>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> {
                    Document d = document();
                    stage.process(d);
                    return d.getTimexes();
                }));
            }
            List<Timex> first = results.get(0).get();
            for (Future<List<Timex>> f : results) {
                assertThat(f.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
