package org.kroniek.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import org.kroniek.core.DocumentJson;

/** JSON in and out of requests, with kroniek's mapper; every failure becomes a 400 with a message. */
public final class Json {
    private Json() {
    }

    public static ObjectMapper mapper() {
        return DocumentJson.mapper();
    }

    public static void send(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(DocumentJson.toLine(value));
    }

    public static void send(Context ctx, Object value) {
        send(ctx, 200, value);
    }

    public static String serialize(Object value) {
        return DocumentJson.toLine(value);
    }

    /** Sends JSON serialized before (a cached answer). */
    public static void sendSerialized(Context ctx, String json) {
        ctx.status(200).contentType("application/json; charset=utf-8").result(json);
    }

    /** The request body as a JSON tree: 415 unless declared JSON, 413 when too large, 400 when malformed. */
    public static JsonNode body(Context ctx, long maxBytes) {
        requireContentType(ctx, "application/json");
        byte[] bytes = Bodies.read(ctx, maxBytes);
        if (bytes.length == 0) {
            throw ApiException.badRequest("the request body is empty; send a JSON object");
        }
        try {
            return mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ApiException.badRequest("malformed JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    public static void requireContentType(Context ctx, String... accepted) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        for (String a : accepted) {
            if (type.startsWith(a)) {
                return;
            }
        }
        throw new ApiException(415, "unsupported Content-Type '" + (type.isEmpty() ? "(none)" : type)
                + "'; send " + String.join(" or ", accepted));
    }
}
