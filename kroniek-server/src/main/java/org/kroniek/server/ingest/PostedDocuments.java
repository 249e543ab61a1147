package org.kroniek.server.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.ingest.DocumentSink;
import org.kroniek.ingest.DocumentSource;
import org.kroniek.ingest.ReaderOptions;
import org.kroniek.server.ApiException;
import org.kroniek.server.Bodies;
import org.kroniek.server.Json;
import org.kroniek.server.Params;
import org.kroniek.store.dedup.DocumentIdentity;

/**
 * Turns a request body into documents with the same readers as {@code kroniek ingest}: a JSON object with the
 * JSON Lines fields ({@code text}, {@code title}, {@code date}, ...), {@code {"documents": [...]}}, JSON Lines
 * ({@code application/x-ndjson}), or a text body ({@code text/plain} in the seed format or plain text,
 * {@code text/html}) with {@code ?date=} and {@code ?id=}.
 */
public final class PostedDocuments {
    /** At most this many documents in one request. */
    public static final int MAX_DOCUMENTS = 1_000;

    private PostedDocuments() {
    }

    public record Read(List<Document> documents, List<DocumentError> errors) {
    }

    public static Read read(Context ctx, long maxBytes) {
        Json.requireContentType(ctx, "application/json", "application/x-ndjson", "text/plain", "text/html");
        String type = ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return fromJsonLines(jsonLines(Json.body(ctx, maxBytes)), maxBytes);
        }
        byte[] body = Bodies.read(ctx, maxBytes);
        if (body.length == 0) {
            throw ApiException.badRequest("the request body is empty");
        }
        if (type.startsWith("application/x-ndjson")) {
            return fromJsonLines(body, maxBytes);
        }
        String format = type.startsWith("text/html") ? "html" : "auto";
        Read read = readWith(body, new ReaderOptions(maxBytes, Params.text(ctx, "date"), format));
        String id = Params.text(ctx, "id");
        if (id != null) {
            read.documents().forEach(d -> d.setId(id));
        }
        return read;
    }

    private static byte[] jsonLines(JsonNode json) {
        List<JsonNode> items = new ArrayList<>();
        if (json.isObject() && json.has("documents")) {
            JsonNode documents = json.get("documents");
            if (!documents.isArray()) {
                throw ApiException.badRequest("'documents' must be an array of objects");
            }
            documents.forEach(items::add);
        } else if (json.isArray()) {
            json.forEach(items::add);
        } else if (json.isObject()) {
            items.add(json);
        } else {
            throw ApiException.badRequest("send a JSON object with a 'text' field, or {\"documents\": [...]}");
        }
        if (items.size() > MAX_DOCUMENTS) {
            throw new ApiException(413, "at most " + MAX_DOCUMENTS + " documents per request, not " + items.size());
        }
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw ApiException.badRequest("every document must be a JSON object with a 'text' field");
            }
            lines.writeBytes(item.toString().getBytes(StandardCharsets.UTF_8));
            lines.write('\n');
        }
        return lines.toByteArray();
    }

    private static Read fromJsonLines(byte[] lines, long maxBytes) {
        return readWith(lines, new ReaderOptions(maxBytes, null, "jsonl"));
    }

    private static Read readWith(byte[] body, ReaderOptions options) {
        if (!options.problems().isEmpty()) {
            throw ApiException.badRequest(String.join("; ", options.problems()));
        }
        List<Document> documents = new ArrayList<>();
        List<DocumentError> errors = new ArrayList<>();
        new DocumentSource(options, new ByteArrayInputStream(body)).read("-", new DocumentSink() {
            @Override
            public void document(Document document) {
                documents.add(document);
            }

            @Override
            public void error(DocumentError error) {
                errors.add(new DocumentError("request", error.line(), error.message()));
            }
        });
        for (Document document : documents) {
            // Ids made up from "stdin" would collide across requests; the content gives a stable one.
            if (document.getId() == null || document.getId().startsWith("stdin")) {
                document.setId("api-" + DocumentIdentity.of(document).contentHash().substring(0, 16));
            }
            if ("-".equals(document.getSource())) {
                document.setSource("api");
            }
        }
        if (documents.size() > MAX_DOCUMENTS) {
            throw new ApiException(413, "at most " + MAX_DOCUMENTS + " documents per request");
        }
        return new Read(documents, errors);
    }
}
