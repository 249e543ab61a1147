package org.kroniek.app.timeline;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kroniek.app.ingest.StoreOption;
import org.kroniek.core.DocumentJson;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.actors.ActorActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kroniek actors}: the most mentioned actors with their mentions over time. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"The most active actors in a store: mentions and documents in all, and mentions per month",
            "(or day, year). Counted over first copies only: a republished text does not count twice."})
public final class ActorsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Actors to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "MONTH",
            description = "Count per DAY, MONTH or YEAR (default: ${DEFAULT-VALUE}).")
    ActorActivity.Period period;

    @Option(names = "--linked", description = "Only actors with a code (linked by the actor linker).")
    boolean linked;

    @Option(names = "--json", description = "Write one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        List<ActorActivity.ActorCount> actors;
        try (KroniekStore kroniek = KroniekStore.openForReading(store.location())) {
            actors = new ActorActivity(kroniek.connection()).top(limit, period, linked);
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (json) {
            out.println(DocumentJson.toLine(Map.of("actors", actors)));
        } else {
            out.printf("%-30s %-10s %9s %5s  %s%n", "actor", "code", "mentions", "docs", "mentions per " + period.name().toLowerCase(Locale.ROOT));
            for (ActorActivity.ActorCount a : actors) {
                StringBuilder series = new StringBuilder();
                a.perPeriod().forEach((p, n) -> series.append(p).append(':').append(n).append(' '));
                out.printf("%-30s %-10s %9d %5d  %s%n", a.name(), a.code() == null ? "" : a.code(), a.mentions(),
                        a.documents(), series.toString().strip());
            }
        }
        out.flush();
        return 0;
    }
}
