package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.store.search.QuerySyntaxException;
import org.kroniek.store.search.SearchHit;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.store.search.SearchRequest.SortOrder;

class SearchTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void fill() {
        StoreFixture.write(dir,
                Articles.withActor(Articles.dutch("haven", "2024-09-19T11:42", "ANP", "Redactie", Articles.HAVEN),
                        "Nadia el Khatib", "PER", "NLD:LAB"),
                Articles.withEvent(Articles.withActor(Articles.dutch("wenen", "2025-02",
                                "NOS", null, "De gesprekken in Wenen tussen Karsanië en Belovië zijn uitgesteld. "
                                        + "Belovië stuurde geen delegatie naar het overleg."),
                                "Belovië", "LOC", "BLV:GOV"),
                        "overleg", "CONSULT", "BLV:GOV"),
                Articles.english("vienna", "2025-02-24T18:00",
                        "Negotiations between Karsania and Belovia opened in Vienna on Monday. The envoys "
                                + "negotiated for six hours."));
    }

    private static SearchHit only(SearchRequest request) throws QuerySyntaxException {
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            var results = store.search(request);
            assertThat(results.hits()).as(request.toString()).hasSize(1);
            return results.hits().get(0);
        }
    }

    private static long count(SearchRequest request) throws QuerySyntaxException {
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            return store.search(request).total();
        }
    }

    @Test
    void dutchStemmingFindsOtherFormsOfAWord() throws Exception {
        SearchHit hit = only(SearchRequest.of("onderhandelingen"));
        assertThat(hit.id()).isEqualTo("haven");
        assertThat(hit.snippets()).singleElement().asString().contains("**onderhandeling**");
        assertThat(hit.dct()).isEqualTo("2024-09-19T11:42");
        assertThat(hit.publisher()).isEqualTo("ANP");
    }

    @Test
    void englishIsStemmedAsEnglish() throws Exception {
        assertThat(only(SearchRequest.of("negotiate")).id()).isEqualTo("vienna");
    }

    @Test
    void filtersByLanguageDateActorAndEventType() throws Exception {
        assertThat(count(SearchRequest.of("").withLanguage("en"))).isEqualTo(1);
        assertThat(count(SearchRequest.of("*").withLanguage("nl"))).isEqualTo(2);
        // A month-dated article overlaps any range that touches its month.
        assertThat(only(SearchRequest.of("").withDates(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 11)))
                .id()).isEqualTo("wenen");
        assertThat(count(SearchRequest.of("").withDates(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30))))
                .isEqualTo(1);
        assertThat(count(SearchRequest.of("").withDates(LocalDate.of(2025, 3, 1), null))).isZero();
        assertThat(only(SearchRequest.of("").withActor("BLV")).id()).isEqualTo("wenen");
        assertThat(only(SearchRequest.of("").withActor("nadia el  khatib")).id()).isEqualTo("haven");
        assertThat(only(SearchRequest.of("gesprekken").withEventType("consult")).id()).isEqualTo("wenen");
        assertThat(count(SearchRequest.of("").withEventType("ASSAULT"))).isZero();
    }

    @Test
    void querySyntaxWorksPerLanguage() throws Exception {
        assertThat(only(SearchRequest.of("publisher:nos")).id()).isEqualTo("wenen");
        assertThat(only(SearchRequest.of("text:\"geen delegatie\"")).id()).isEqualTo("wenen");
        assertThat(count(SearchRequest.of("wenen OR vienna"))).isEqualTo(2);
        assertThat(count(SearchRequest.of("gesprek* -karsanië"))).isZero();
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            assertThat(store.search(SearchRequest.of("").withSort(SortOrder.NEWEST)).hits())
                    .extracting(SearchHit::id).containsExactly("vienna", "wenen", "haven");
        }
    }

    @Test
    void badQuerySyntaxIsAClearError() {
        assertThatThrownBy(() -> count(SearchRequest.of("haven AND (")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("cannot parse the query");
        assertThatThrownBy(() -> count(SearchRequest.of("auteur:jansen")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("unknown field 'auteur'");
        // a /.../ term is a Lucene regular expression; a broken one is the user's syntax error, not a crash
        assertThatThrownBy(() -> count(SearchRequest.of("haven/html\"te/")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("cannot parse the query");
    }
}
