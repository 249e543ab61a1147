package org.kroniek.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A real server on a random loopback port over a fresh store, and a small HTTP client for it. */
final class TestServer implements AutoCloseable {
    static {
        // The client must drop an idle connection before the server does (its idle timeout is a few seconds in
        // these tests), or a request sent on a connection the server is just closing gets no answer at all
        // ("header parser received no bytes": seen once while fuzzing in CI, not reproducible by replay).
        System.setProperty("jdk.httpclient.keepalive.timeout", "1");
    }

    final KroniekServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(Path store, long maxBody, Duration idleTimeout) {
        this(org.kroniek.store.StoreAddress.directory(store), maxBody, idleTimeout);
    }

    TestServer(org.kroniek.store.StoreAddress store, long maxBody, Duration idleTimeout) {
        server = KroniekServer.start(ServerConfig.loopback(store, 0).withMaxBodyBytes(maxBody)
                .withIdleTimeout(idleTimeout));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
