package org.kroniek.app.serve;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.kroniek.app.cli.AnalysisOptions;
import org.kroniek.app.ingest.StoreOption;
import org.kroniek.server.KroniekServer;
import org.kroniek.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kroniek serve}: the HTTP JSON API and the web UI over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store over HTTP: the JSON API under /api/ (see docs/API.md) and the web UI under /.",
            "Binds to 127.0.0.1 by default; another --host exposes the store (and ingest) to the network.",
            "The server holds the store's write lock so that POST /api/documents can store documents; with"
                + " --read-only (or when another kroniek process is writing) it only reads.",
            "Stop it with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    AnalysisOptions analysis;


    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--read-only", description = "Never write to the store (POST /api/documents answers 503).")
    boolean readOnly;

    @Option(names = "--max-body", defaultValue = "20971520", paramLabel = "BYTES",
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--cache", defaultValue = "" + ServerConfig.DEFAULT_CACHE_ENTRIES, paramLabel = "N",
            description = "Search pages and timelines kept in memory until the store changes, per kind"
                    + " (default: ${DEFAULT-VALUE}; 0 turns caching off).")
    int cacheEntries;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            System.err.println("kroniek: --port must be between 0 and 65535");
            return 1;
        }
        if (!KroniekServer.isLoopback(host)) {
            System.err.println("kroniek: WARNING: binding to " + host + ": anyone who can reach this address can"
                    + " read the whole store and add documents; there is no authentication. Use --read-only, a"
                    + " firewall or a reverse proxy with authentication.");
        }
        if (cacheEntries < 0) {
            System.err.println("kroniek: --cache must be 0 or more");
            return 1;
        }
        ServerConfig config = ServerConfig.loopback(store.location(), port).withHost(host).withReadOnly(readOnly)
                .withMaxBodyBytes(maxBody).withCacheEntries(cacheEntries);
        KroniekServer server = KroniekServer.start(config, analysis.pipeline());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "kroniek-serve-stop"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.err.println("kroniek: serving " + store.location() + " at http://" + shown + ":" + server.port() + "/"
                + (server.store().readOnlyReason() == null ? "" : " (read-only: " + server.store().readOnlyReason() + ")"));
        stopped.await();
        return 0;
    }
}
