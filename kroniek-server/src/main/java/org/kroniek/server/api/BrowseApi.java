package org.kroniek.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Map;
import org.kroniek.server.ApiException;
import org.kroniek.server.Json;
import org.kroniek.server.Params;
import org.kroniek.server.ReadCache;
import org.kroniek.server.StoreAccess;
import org.kroniek.server.query.ActorQueries;
import org.kroniek.server.query.DocumentQueries;
import org.kroniek.server.query.EventFilter;
import org.kroniek.server.query.EventQueries;
import org.kroniek.server.query.StoryQueries;

/** The read endpoints over stored facts: documents, stories, actors, events. */
public final class BrowseApi {
    private static final int GRAPH_NEIGHBOURS = 30;
    private final StoreAccess store;

    /** Timelines (as sent) are read often and change only when the store does. */
    private final ReadCache<Long, String> timelines;

    public BrowseApi(StoreAccess store, int cacheEntries) {
        this.store = store;
        this.timelines = new ReadCache<>(store::version, cacheEntries);
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/documents/{seq}", this::document);
        routes.get("/api/documents/by-id/{id}", this::documentById);
        routes.get("/api/stories", ctx -> {
            Params.Paging p = Params.paging(ctx);
            Json.send(ctx, store.read(s -> StoryQueries.list(s, p.offset(), p.limit())));
        });
        routes.get("/api/stories/{story}", ctx -> {
            long id = Params.id(ctx, "story");
            Json.send(ctx, store.read(s -> StoryQueries.story(s, id)).orElseThrow(() -> missing("story", id)));
        });
        routes.get("/api/stories/{story}/timeline", ctx -> {
            long id = Params.id(ctx, "story");
            Json.sendSerialized(ctx, timelines.get(id, () -> store.read(s -> StoryQueries.story(s, id)
                    .map(x -> Json.serialize(StoryQueries.timeline(s, id))))).orElseThrow(() -> missing("story", id)));
        });
        routes.get("/api/actors", ctx -> {
            Params.Paging p = Params.paging(ctx);
            String q = Params.text(ctx, "q");
            Json.send(ctx, store.read(s -> ActorQueries.list(s, q, p.offset(), p.limit())));
        });
        routes.get("/api/actors/{actor}", ctx -> {
            long id = Params.id(ctx, "actor");
            Json.send(ctx, store.read(s -> ActorQueries.actor(s, id)).orElseThrow(() -> missing("actor", id)));
        });
        routes.get("/api/actors/{actor}/graph", ctx -> {
            long id = Params.id(ctx, "actor");
            int limit = Params.integer(ctx, "limit", GRAPH_NEIGHBOURS, 1, 200);
            Json.send(ctx, store.read(s -> ActorQueries.actor(s, id).map(a -> ActorQueries.graph(s, a, limit)))
                    .orElseThrow(() -> missing("actor", id)));
        });
        routes.get("/api/events", this::events);
    }

    private void document(Context ctx) {
        long seq = Params.id(ctx, "seq");
        Map<String, Object> json = store.read(s -> DocumentQueries.document(s, seq))
                .orElseThrow(() -> missing("document", seq));
        Json.send(ctx, json);
    }

    private void documentById(Context ctx) {
        String id = ctx.pathParam("id");
        Map<String, Object> json = store.read(s -> DocumentQueries.sequenceOf(s, id)
                .flatMap(seq -> DocumentQueries.document(s, seq)))
                .orElseThrow(() -> ApiException.notFound("no document with id '" + id + "'"));
        Json.send(ctx, json);
    }

    private void events(Context ctx) {
        Params.Paging p = Params.paging(ctx);
        LocalDate from = Params.fromDay(ctx, "from");
        LocalDate to = Params.toDay(ctx, "to");
        Params.requireOrdered(from, to);
        String story = Params.text(ctx, "story");
        Long storyId = null;
        if (story != null) {
            try {
                storyId = Long.parseLong(story);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("'story' must be a story id (a whole number), not '" + story + "'");
            }
        }
        EventFilter filter = new EventFilter(from, to, Params.upper(Params.text(ctx, "actor")),
                Params.upper(Params.text(ctx, "type")), lower(Params.text(ctx, "mode")), storyId);
        Json.send(ctx, store.read(s -> EventQueries.list(s, filter, p.offset(), p.limit())));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }

    private static ApiException missing(String what, long id) {
        return ApiException.notFound("no " + what + " " + id);
    }
}
