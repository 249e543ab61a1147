package org.kroniek.app.timeline;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kroniek.app.ingest.StoreOption;
import org.kroniek.core.DocumentJson;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.stories.StoryQueries;
import org.kroniek.store.stories.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kroniek stories}: the stories in a store, largest first, or one story's documents. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"List the stories kroniek ingest found (largest first): title, time span, size, main actors.",
            "With --story ID, list that story's documents in date order."})
public final class StoriesCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--story", paramLabel = "ID", description = "Show one story and its documents.")
    Long story;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Stories to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--min-documents", paramLabel = "N", defaultValue = "1",
            description = "Only stories with at least N documents (default: ${DEFAULT-VALUE}).")
    int minDocuments;

    @Option(names = "--json", description = "Write one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (KroniekStore kroniek = KroniekStore.openForReading(store.location())) {
            StoryQueries stories = new StoryQueries(kroniek.connection());
            if (story != null) {
                StorySummary s = stories.story(story).orElse(null);
                if (s == null) {
                    System.err.println("kroniek: no story " + story);
                    return 1;
                }
                List<String[]> members = stories.members(story);
                if (json) {
                    Map<String, Object> j = new LinkedHashMap<>();
                    j.put("story", s);
                    j.put("documents", members.stream().map(m -> Map.of("seq", Long.parseLong(m[0]),
                            "id", String.valueOf(m[1]), "dct", String.valueOf(m[2]), "title", String.valueOf(m[3]))).toList());
                    out.println(DocumentJson.toLine(j));
                } else {
                    print(out, s);
                    for (String[] m : members) {
                        out.printf("    %-17s %s  (%s)%n", m[2], m[3] == null ? "" : m[3], m[1]);
                    }
                }
            } else {
                List<StorySummary> list = stories.largest(limit, minDocuments);
                if (json) {
                    out.println(DocumentJson.toLine(Map.of("stories", list)));
                } else {
                    list.forEach(s -> print(out, s));
                }
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintStream out, StorySummary s) {
        out.printf("%5d  %s .. %s  %3d docs  %s%n", s.id(), s.firstDay(), s.lastDay(), s.documents(), s.title());
        if (!s.actors().isEmpty()) {
            out.printf("       actors: %s%n", s.actors());
        }
    }
}
