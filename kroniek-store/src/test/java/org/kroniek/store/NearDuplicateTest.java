package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.store.dedup.MinHash;
import org.kroniek.store.dedup.NearDuplicateDetector;
import org.kroniek.store.ingest.IngestOutcome;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.store.search.SearchResults;

class NearDuplicateTest {
    @TempDir
    Path dir;

    /** The agency text republished by another outlet: other byline, one sentence edited. */
    private static final String REPUBLISHED = Articles.HAVEN.replace(
            "Het bedrijf biedt drie procent en wil niet praten over eerder stoppen met werken.",
            "Het bedrijf biedt hooguit drie procent en wil niet praten over eerder stoppen.");

    @Test
    void aRepublishedAndEditedTextIsLinkedToTheFirstCopy() throws Exception {
        List<IngestOutcome> outcomes = StoreFixture.write(dir,
                Articles.dutch("anp", "2024-09-19T11:42", "ANP", "Redactie", Articles.HAVEN),
                Articles.dutch("nos", "2024-09-19T12:10", "NOS", "Sanne de Wit", REPUBLISHED),
                Articles.dutch("copy", "2024-09-19T13:00", "De Krant", null, Articles.HAVEN),
                Articles.dutch("other", "2024-09-20T09:00", "ANP", "Redactie",
                        "Het KNMI waarschuwt voor zware regenval in Brabant en Limburg. " + "De waterschappen zetten "
                                + "pompen klaar en vragen bewoners langs de Dommel alert te zijn op berichten."
                                + " In Boxtel staan zandzakken klaar bij het gemeentehuis en de brandweerkazerne."));

        assertThat(outcomes).containsExactly(IngestOutcome.NEW, IngestOutcome.DUPLICATE, IngestOutcome.DUPLICATE,
                IngestOutcome.NEW);
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            assertThat(store.documents().count()).isEqualTo(4);
            assertThat(store.documents().duplicateCount()).isEqualTo(2);
            SearchResults first = store.search(SearchRequest.of("havenwerkers"));
            assertThat(first.hits()).singleElement().satisfies(hit -> {
                assertThat(hit.id()).isEqualTo("anp");
                assertThat(hit.duplicates()).isEqualTo(2);
            });
            SearchResults all = store.search(SearchRequest.of("havenwerkers").withDuplicates(true));
            assertThat(all.hits()).extracting(h -> h.id()).containsExactlyInAnyOrder("anp", "nos", "copy");
            assertThat(all.hits()).filteredOn(h -> h.id().equals("nos"))
                    .singleElement().satisfies(h -> assertThat(h.duplicateOf()).isEqualTo(1L));
        }
    }

    @Test
    void minHashEstimatesJaccardOfShingles() {
        NearDuplicateDetector detector = new NearDuplicateDetector();
        int[] a = detector.fingerprint(Articles.HAVEN).signature();
        int[] b = detector.fingerprint(REPUBLISHED).signature();
        int[] c = detector.fingerprint("Een heel ander bericht over schaatsen in Thialf, waar Femke Hoekstra de "
                + "1500 meter won voor een uitverkocht stadion met twaalfduizend toeschouwers die haar na afloop "
                + "luid toejuichten en nog lang bleven zingen op de tribunes van het ijsstadion in Heerenveen.")
                .signature();
        assertThat(MinHash.similarity(a, a)).isEqualTo(1.0);
        assertThat(MinHash.similarity(a, b)).isBetween(0.7, 0.9);
        assertThat(MinHash.similarity(a, c)).isLessThan(0.1);
        assertThat(detector.fingerprint("Te kort om iets over te zeggen.").signature()).isNull();
    }
}
