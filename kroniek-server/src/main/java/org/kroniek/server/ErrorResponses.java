package org.kroniek.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kroniek.store.StoreException;

/** Every failure becomes {@code {"error": {"status": N, "message": "..."}}}; never a stack trace. */
final class ErrorResponses {
    private ErrorResponses() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), e.getMessage()));
        routes.exception(StoreException.class, (e, ctx) -> {
            System.err.println("kroniek serve: store error on " + ctx.path() + ": " + e.getMessage());
            send(ctx, 503, "the store cannot be read: " + e.getMessage());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            System.err.println("kroniek serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            if (System.getenv("KRONIEK_DEBUG") != null) {
                e.printStackTrace();
            }
            send(ctx, 500, "internal error; the server log has the details");
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || !ctx.res().getContentType().startsWith("application/json")) {
                send(ctx, 404, "no such resource: " + ctx.path());
            }
        });
        routes.error(405, ctx -> send(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
        routes.error(413, ctx -> send(ctx, 413, "the request body is larger than the server's limit"));
    }

    static void send(Context ctx, int status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("message", message == null ? "error" : message);
        Json.send(ctx, status, Map.of("error", error));
    }
}
