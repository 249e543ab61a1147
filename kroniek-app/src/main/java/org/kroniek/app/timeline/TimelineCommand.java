package org.kroniek.app.timeline;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.kroniek.app.ingest.StoreOption;
import org.kroniek.core.DocumentJson;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.search.QuerySyntaxException;
import org.kroniek.store.search.SearchHit;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.store.timeline.Timeline;
import org.kroniek.store.timeline.TimelineEntry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kroniek timeline}: dated events in order, each with the documents and sentences that report it. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Dated events in order, each with its sources (document and sentence): for a story, an actor",
            "or the documents a search finds. Reports of one event in several articles are one entry.",
            "Dates marked '~' are the report's creation date (the event itself carried none)."})
public final class TimelineCommand implements Callable<Integer> {
    static final class Selection {
        @Option(names = "--story", paramLabel = "ID", description = "A story id (see 'kroniek stories').")
        Long story;

        @Option(names = "--actor", paramLabel = "NAME", description = "An actor: name (Sergey Lavrov) or code (RUS:GOV, RUS).")
        String actor;

        @Option(names = "--query", paramLabel = "Q", description = "A search query: events in the documents it finds.")
        String query;
    }

    @Mixin
    StoreOption store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "Documents a --query takes (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Write one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<TimelineEntry> entries;
        String title;
        try (KroniekStore kroniek = KroniekStore.openForReading(store.location())) {
            Timeline timeline = new Timeline(kroniek.connection());
            if (selection.story != null) {
                entries = timeline.forStory(selection.story);
                title = "story " + selection.story;
            } else if (selection.actor != null) {
                entries = timeline.forActor(selection.actor);
                title = "actor " + selection.actor;
            } else {
                try {
                    List<Long> hits = kroniek.search(SearchRequest.of(selection.query).withLimit(limit).withSnippets(false))
                            .hits().stream().map(SearchHit::sequence).toList();
                    entries = timeline.forDocuments(hits);
                } catch (QuerySyntaxException e) {
                    System.err.println("kroniek: " + e.getMessage());
                    return 1;
                }
                title = "query " + selection.query;
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (json) {
            out.println(DocumentJson.toLine(java.util.Map.of("timeline", title, "events", entries)));
        } else {
            new TimelineText(out).print(title, entries);
        }
        out.flush();
        return 0;
    }
}
