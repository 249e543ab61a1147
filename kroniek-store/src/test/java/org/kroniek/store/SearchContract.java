package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kroniek.store.search.QuerySyntaxException;
import org.kroniek.store.search.SearchHit;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.store.search.SearchRequest.SortOrder;

/**
 * What search must do on every kind of store: the same articles, queries and filters give the same documents,
 * snippets and errors. Each store's test class says where its store is and adds what only it does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchContract {
    private StoreAddress store;

    /** A new, empty store of the kind under test. */
    abstract StoreAddress newStore();

    @BeforeAll
    void fill() {
        store = newStore();
        StoreFixture.write(store,
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

    SearchHit only(SearchRequest request) throws QuerySyntaxException {
        try (KroniekStore kroniek = KroniekStore.openForReading(store)) {
            var results = kroniek.search(request);
            assertThat(results.hits()).as(request.toString()).hasSize(1);
            return results.hits().get(0);
        }
    }

    long count(SearchRequest request) throws QuerySyntaxException {
        try (KroniekStore kroniek = KroniekStore.openForReading(store)) {
            return kroniek.search(request).total();
        }
    }

    @Test
    void dutchStemmingFindsOtherFormsOfAWord() throws Exception {
        SearchHit hit = only(SearchRequest.of("onderhandelingen"));
        assertThat(hit.id()).isEqualTo("haven");
        assertThat(hit.snippets()).singleElement().asString().contains("**onderhandeling**");
        assertThat(hit.dct()).isEqualTo("2024-09-19T11:42");
        assertThat(hit.publisher()).isEqualTo("ANP");
        assertThat(hit.headline()).startsWith("De onderhandeling tussen de vakbonden");
    }

    @Test
    void englishIsStemmedAsEnglishAndDutchNotAsEnglish() throws Exception {
        assertThat(only(SearchRequest.of("negotiate")).id()).isEqualTo("vienna");
        // The Dutch stemmer takes "gesprekken" to "gesprek"; the English one would leave it whole.
        assertThat(only(SearchRequest.of("gesprek")).id()).isEqualTo("wenen");
    }

    @Test
    void filtersByLanguageDateActorAndEventType() throws Exception {
        assertThat(count(SearchRequest.of("").withLanguage("en"))).isEqualTo(1);
        assertThat(count(SearchRequest.of("*").withLanguage("nl"))).isEqualTo(2);
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
        assertThat(only(SearchRequest.of("actor:blv:gov")).id()).isEqualTo("wenen");
        assertThat(only(SearchRequest.of("text:\"geen delegatie\"")).id()).isEqualTo("wenen");
        assertThat(count(SearchRequest.of("title:delegatie"))).isZero();
        assertThat(count(SearchRequest.of("wenen OR vienna"))).isEqualTo(2);
        assertThat(count(SearchRequest.of("gesprek* -karsanië"))).isZero();
        assertThat(only(SearchRequest.of("haven* AND NOT (wenen OR vienna)")).id()).isEqualTo("haven");
        try (KroniekStore kroniek = KroniekStore.openForReading(store)) {
            assertThat(kroniek.search(SearchRequest.of("").withSort(SortOrder.NEWEST)).hits())
                    .extracting(SearchHit::id).containsExactly("vienna", "wenen", "haven");
            assertThat(kroniek.search(SearchRequest.of("").withSort(SortOrder.OLDEST)).hits())
                    .extracting(SearchHit::id).containsExactly("haven", "wenen", "vienna");
        }
    }

    @Test
    void snippetsCanBeHtmlEscapedWithOtherMarks() throws Exception {
        SearchHit hit = only(SearchRequest.of("delegatie").withHighlight("<mark>", "</mark>").withHtmlEscaping(true));
        assertThat(hit.snippets()).singleElement().asString().contains("<mark>delegatie</mark>");
    }

    @Test
    void quotesAndBackslashesInAQueryAreJustText() throws Exception {
        assertThat(count(SearchRequest.of("o'neill\\ 'x"))).isZero();
    }

    @Test
    void badQuerySyntaxIsAClearError() {
        assertThatThrownBy(() -> count(SearchRequest.of("haven AND (")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("cannot parse the query");
        assertThatThrownBy(() -> count(SearchRequest.of("auteur:jansen")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("unknown field 'auteur'");
    }
}
