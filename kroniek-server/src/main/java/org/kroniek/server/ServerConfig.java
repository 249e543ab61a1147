package org.kroniek.server;

import java.nio.file.Path;
import java.time.Duration;
import org.kroniek.store.StoreAddress;

/**
 * How {@code kroniek serve} runs.
 *
 * @param store        the store: a directory or a PostgreSQL database
 * @param host         the address to bind; loopback unless the user asks otherwise
 * @param port         0 for any free port (tests)
 * @param readOnly     never take the store's write lock (a CLI ingest may run beside the server)
 * @param maxBodyBytes larger request bodies get 413
 * @param idleTimeout  a connection that sends or reads nothing for this long is closed (slow clients)
 * @param cacheEntries answers kept per kind (search pages, timelines) until the store changes; 0 turns it off
 */
public record ServerConfig(StoreAddress store, String host, int port, boolean readOnly, long maxBodyBytes,
                           Duration idleTimeout, int cacheEntries) {
    public static final long DEFAULT_MAX_BODY_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_CACHE_ENTRIES = 1024;

    public static ServerConfig loopback(StoreAddress store, int port) {
        return new ServerConfig(store, "127.0.0.1", port, false, DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(30),
                DEFAULT_CACHE_ENTRIES);
    }

    public static ServerConfig loopback(Path store, int port) {
        return loopback(StoreAddress.directory(store), port);
    }

    public ServerConfig withReadOnly(boolean value) {
        return new ServerConfig(store, host, port, value, maxBodyBytes, idleTimeout, cacheEntries);
    }

    public ServerConfig withMaxBodyBytes(long value) {
        return new ServerConfig(store, host, port, readOnly, value, idleTimeout, cacheEntries);
    }

    public ServerConfig withIdleTimeout(Duration value) {
        return new ServerConfig(store, host, port, readOnly, maxBodyBytes, value, cacheEntries);
    }

    public ServerConfig withHost(String value) {
        return new ServerConfig(store, value, port, readOnly, maxBodyBytes, idleTimeout, cacheEntries);
    }

    public ServerConfig withCacheEntries(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("the cache size must be 0 or more, not " + value);
        }
        return new ServerConfig(store, host, port, readOnly, maxBodyBytes, idleTimeout, value);
    }
}
