package org.kroniek.app.timeline;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kroniek.app.ingest.StoreOption;
import org.kroniek.core.DocumentJson;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.actors.ActorGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kroniek graph --actor NAME}: who interacts with whom, by event type, with counts. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Who an actor interacts with: one line per (actor, target, event type) with the number of",
            "distinct events (one event reported in several articles counts once) and of reports."})
public final class GraphCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--actor", required = true, paramLabel = "NAME", description = "Name (Sergey Lavrov) or code (RUS:GOV, RUS).")
    String actor;

    @Option(names = "--json", description = "Write one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        List<ActorGraph.Edge> edges;
        try (KroniekStore kroniek = KroniekStore.openForReading(store.location())) {
            edges = new ActorGraph(kroniek.connection()).around(actor);
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (json) {
            out.println(DocumentJson.toLine(Map.of("actor", actor, "edges", edges)));
        } else if (edges.isEmpty()) {
            out.println("No events with both an actor and a target involve " + actor + ".");
        } else {
            out.printf("%-28s %-10s %-28s %6s %8s%n", "actor", "type", "target", "events", "reports");
            for (ActorGraph.Edge e : edges) {
                out.printf("%-28s %-10s %-28s %6d %8d%n", label(e.actor(), e.actorName()), e.type(),
                        label(e.target(), e.targetName()), e.events(), e.mentions());
            }
        }
        out.flush();
        return 0;
    }

    private static String label(String code, String name) {
        return name == null || name.equals(code) ? code : name + " (" + code + ")";
    }
}
