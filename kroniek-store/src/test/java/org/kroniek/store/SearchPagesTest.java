package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.Document;
import org.kroniek.store.search.LuceneSearchIndex;
import org.kroniek.store.search.SearchHit;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.store.search.SearchRequest.SortOrder;

/** Pages of hits, hits without snippets, and one shared index that moves to newer commits. */
class SearchPagesTest {
    @TempDir
    Path dir;

    private static Document[] havenArticles(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> Articles.dutch("haven-" + i,
                        String.format("2024-09-%02dT10:00", 1 + i % 28), "Krant " + i, null,
                        "De staking in de haven van Rotterdam duurt voort, meldt verslaggever nummer " + i
                                + " op dag " + i + ". De bonden eisen meer loon."))
                .toArray(Document[]::new);
    }

    @Test
    void anOffsetReturnsOnlyThatPageInTheSameOrder() throws Exception {
        StoreFixture.write(dir, havenArticles(0, 12));
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            SearchRequest all = SearchRequest.of("staking").withSort(SortOrder.OLDEST).withLimit(12);
            List<String> ids = store.search(all).hits().stream().map(SearchHit::id).toList();
            var page = store.search(all.withLimit(8).withOffset(5));
            assertThat(page.total()).isEqualTo(12);
            assertThat(page.hits()).extracting(SearchHit::id).containsExactlyElementsOf(ids.subList(5, 8));
            assertThat(page.hits()).allSatisfy(hit -> assertThat(hit.snippets()).singleElement().asString()
                    .contains("**staking**"));
            assertThat(store.search(all.withOffset(20)).hits()).isEmpty();
        }
    }

    @Test
    void hitsWithoutSnippetsAreTheSameHits() throws Exception {
        StoreFixture.write(dir, havenArticles(0, 5));
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            SearchRequest request = SearchRequest.of("loon").withLimit(5);
            var with = store.search(request).hits();
            var without = store.search(request.withSnippets(false)).hits();
            assertThat(without).extracting(SearchHit::sequence)
                    .containsExactlyElementsOf(with.stream().map(SearchHit::sequence).toList());
            assertThat(without).allSatisfy(hit -> assertThat(hit.snippets()).isEmpty());
        }
    }

    @Test
    void aSharedIndexSeesANewCommitOnlyAfterARefresh() throws Exception {
        StoreFixture.write(dir, havenArticles(0, 3));
        try (LuceneSearchIndex index = LuceneSearchIndex.openForReading(new StoreLayout(dir).index());
             KroniekStore first = KroniekStore.openSharing(dir, index);
             KroniekStore second = KroniekStore.openSharing(dir, index)) {
            assertThat(first.search(SearchRequest.of("staking")).total()).isEqualTo(3);
            assertThat(index.refreshIfChanged()).isFalse();

            StoreFixture.write(dir, havenArticles(3, 2));
            assertThat(second.search(SearchRequest.of("staking")).total()).as("before the refresh").isEqualTo(3);
            assertThat(index.refreshIfChanged()).isTrue();
            assertThat(first.search(SearchRequest.of("staking")).total()).isEqualTo(5);
            assertThat(index.committedSequence()).isEqualTo(5);

            // Closing a view closes its database connection only: the other view still searches.
            first.close();
            assertThat(second.search(SearchRequest.of("loon")).total()).isEqualTo(5);
        }
    }
}
