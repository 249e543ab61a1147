package org.kroniek.app.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.store.stories.BCubed;
import org.kroniek.store.stories.StorySettings;

class UciHeadlinesTest {
    @Test
    void readsQuotedFieldsSkipsCutRowsAndSortsByTime(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("uci.csv");
        Files.writeString(csv, """
                ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP
                1,"Fed official says weak data caused by weather, should not slow taper",http://a,LA Times,b,S1,a,2000
                2,Fed's Plosser sees high bar for change in pace of tapering,http://b,Livemint,b,S1,b,1000
                3,"Say ""cheese"": camera maker recalls lenses",http://c,X,t,S2,c,3000
                4,Cut off row,http://d,Y,t,S2
                """);
        UciHeadlines data = UciHeadlines.read(csv);
        assertThat(data.skipped()).isEqualTo(1);
        assertThat(data.headlines()).extracting(UciHeadlines.Headline::id).containsExactly("2", "1", "3");
        assertThat(data.headlines().get(2).title()).isEqualTo("Say \"cheese\": camera maker recalls lenses");
        BCubed b = StoriesEvaluator.score(data.headlines(), StorySettings.defaults());
        assertThat(b.items()).isEqualTo(3);
        assertThat(b.goldClusters()).isEqualTo(2);
        assertThat(b.precision()).isEqualTo(1.0);
    }

    @Test
    void theTimestampBaselineGroupsRowsByGapsInCrawlTime() {
        java.util.List<UciHeadlines.Headline> rows = java.util.List.of(
                new UciHeadlines.Headline("1", "a", "S1", 0),
                new UciHeadlines.Headline("2", "b", "S1", 30_000),
                new UciHeadlines.Headline("3", "c", "S2", 200_000),
                new UciHeadlines.Headline("4", "d", "S1", 230_000));
        BCubed b = StoriesEvaluator.timestampsOnly(rows);
        assertThat(b.systemClusters()).isEqualTo(2);
        // Row 4 shares its group with row 3 of another story: precision 1, 1, 1/2, 1/2 over four rows.
        assertThat(b.precision()).isEqualTo(0.75);
    }
}
