package org.kroniek.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kroniek.core.AnalysisTimeoutException;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentError;
import org.kroniek.core.DocumentJson;
import org.kroniek.core.Pipeline;
import org.kroniek.server.ApiException;
import org.kroniek.server.Json;
import org.kroniek.server.StoreAccess;
import org.kroniek.server.ingest.PostedDocuments;
import org.kroniek.store.dedup.DocumentIdentity;
import org.kroniek.store.ingest.IngestListener;
import org.kroniek.store.ingest.IngestOutcome;
import org.kroniek.store.ingest.StoreWriter;
import org.kroniek.store.ingest.WriterSettings;

/**
 * {@code POST /api/analyze} (analyse, store nothing) and {@code POST /api/documents} (analyse and store). Analysis
 * runs on the request's thread (the pipeline is thread-safe); storing runs on the store's one writer thread.
 */
public final class DocumentInputApi {
    private final StoreAccess store;
    private final Pipeline pipeline;
    private final long maxBodyBytes;

    public DocumentInputApi(StoreAccess store, Pipeline pipeline, long maxBodyBytes) {
        this.store = store;
        this.pipeline = pipeline;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/analyze", this::analyze);
        routes.post("/api/documents", this::ingest);
    }

    private void analyze(Context ctx) {
        PostedDocuments.Read read = PostedDocuments.read(ctx, maxBodyBytes);
        requireSome(read);
        List<DocumentError> errors = new ArrayList<>(read.errors());
        List<Object> documents = new ArrayList<>();
        for (Document document : analyseWithinBudget(read.documents(), errors)) {
            documents.add(DocumentJson.mapper().convertValue(document, Map.class));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documents", documents);
        json.put("errors", errors);
        Json.send(ctx, json);
    }

    private void ingest(Context ctx) {
        if (store.readOnlyReason() != null) {
            throw new ApiException(503, "this server cannot store documents: " + store.readOnlyReason());
        }
        PostedDocuments.Read read = PostedDocuments.read(ctx, maxBodyBytes);
        requireSome(read);
        List<DocumentError> errors = new ArrayList<>(read.errors());
        List<Document> analysed = analyseWithinBudget(read.documents(), errors);
        List<Map<String, Object>> stored = store.write(kroniek -> {
            List<Map<String, Object>> results = new ArrayList<>();
            try (StoreWriter writer = new StoreWriter(kroniek, WriterSettings.defaults(), new IngestListener() {
            }, "POST /api/documents")) {
                for (Document document : analysed) {
                    DocumentIdentity identity = DocumentIdentity.of(document);
                    IngestOutcome outcome = writer.add(document, identity);
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("seq", kroniek.documents().findIdentity(identity.identity()).orElse(null));
                    result.put("id", document.getId());
                    result.put("outcome", outcome.name().toLowerCase(Locale.ROOT));
                    results.add(result);
                }
            }
            return results;
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documents", stored);
        json.put("errors", errors);
        boolean anyNew = stored.stream().anyMatch(r -> !"unchanged".equals(r.get("outcome")));
        Json.send(ctx, anyNew ? 201 : 200, json);
    }

    /**
     * Analyses each document within the time budget; one that overruns becomes an error (as in {@code kroniek
     * ingest}), the others go on. A request where every document overran is a 422.
     */
    private List<Document> analyseWithinBudget(List<Document> documents, List<DocumentError> errors) {
        List<Document> analysed = new ArrayList<>();
        for (Document document : documents) {
            try {
                pipeline.process(document, Pipeline.DEFAULT_TIME_BUDGET);
                analysed.add(document);
            } catch (AnalysisTimeoutException e) {
                errors.add(DocumentError.of("request", e.getMessage()));
            }
        }
        if (analysed.isEmpty()) {
            throw new ApiException(422, errors.get(errors.size() - 1).message());
        }
        return analysed;
    }

    private static void requireSome(PostedDocuments.Read read) {
        if (read.documents().isEmpty()) {
            String message = read.errors().isEmpty() ? "no document in the request"
                    : read.errors().get(0).message();
            throw ApiException.badRequest(message);
        }
    }
}
