package org.kroniek.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.kroniek.core.Pipeline;
import org.kroniek.nlp.NlpPipelines;
import org.kroniek.server.api.BrowseApi;
import org.kroniek.server.api.DocumentInputApi;
import org.kroniek.server.api.SearchApi;
import org.kroniek.server.query.DocumentQueries;

/** {@code kroniek serve}: the JSON API under {@code /api/} and the web UI under {@code /}, over one store. */
public final class KroniekServer implements AutoCloseable {
    /** Where the UI lives on the class path. */
    static final String UI_RESOURCES = "/org/kroniek/server/ui";

    private final ServerConfig config;
    private final StoreAccess store;
    private final Javalin app;

    private KroniekServer(ServerConfig config, StoreAccess store, Javalin app) {
        this.config = config;
        this.store = store;
        this.app = app;
    }

    public static KroniekServer start(ServerConfig config) {
        return start(config, NlpPipelines.standard());
    }

    public static KroniekServer start(ServerConfig config, Pipeline pipeline) {
        StoreAccess store = StoreAccess.open(config);
        try {
            RequestGuards guards = new RequestGuards(isLoopback(config.host()));
            Javalin app = Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                c.startup.showOldJavalinVersionWarning = false;
                c.http.maxRequestSize = config.maxBodyBytes();
                c.http.prefer405over404 = true;
                c.jetty.host = config.host();
                c.jetty.port = config.port();
                c.jetty.modifyServer(server -> {
                    server.setStopTimeout(5_000);
                    server.setErrorHandler(new JsonErrorHandler());
                });
                c.jetty.addConnector((server, http) -> {
                    http.setSendServerVersion(false);
                    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                    connector.setHost(config.host());
                    connector.setPort(config.port());
                    connector.setIdleTimeout(config.idleTimeout().toMillis());
                    return connector;
                });
                c.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = UI_RESOURCES;
                    files.location = Location.CLASSPATH;
                });
                c.staticFiles.enableWebjars();
                c.routes.before(ctx -> {
                    RequestGuards.securityHeaders(ctx);
                    guards.check(ctx);
                });
                c.routes.get("/api/status", ctx -> Json.send(ctx, status(store)));
                new SearchApi(store, config.cacheEntries()).register(c.routes);
                new BrowseApi(store, config.cacheEntries()).register(c.routes);
                new DocumentInputApi(store, pipeline, config.maxBodyBytes()).register(c.routes);
                ErrorResponses.register(c.routes);
            });
            app.start();
            return new KroniekServer(config, store, app);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Map<String, Object> status(StoreAccess store) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "ok");
        json.put("writable", store.readOnlyReason() == null);
        json.put("readOnlyReason", store.readOnlyReason());
        json.put("counts", store.read(DocumentQueries::counts));
        return json;
    }

    /** True for loopback addresses and names (the default); anything else exposes the store to the network. */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public int port() {
        return app.port();
    }

    public ServerConfig config() {
        return config;
    }

    public StoreAccess store() {
        return store;
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            store.close();
        }
    }
}
