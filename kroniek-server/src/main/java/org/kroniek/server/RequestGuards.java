package org.kroniek.server;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Checks run before every request. Without CORS a browser will not let another site read answers, but it will
 * still send it simple POSTs and let it resolve its own name to 127.0.0.1 (DNS rebinding); so a loopback server
 * answers only requests addressed to a loopback name, and writes only from its own origin.
 */
final class RequestGuards {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final boolean loopbackOnly;

    RequestGuards(boolean loopbackOnly) {
        this.loopbackOnly = loopbackOnly;
    }

    void check(Context ctx) {
        if (loopbackOnly) {
            String host = hostName(ctx.header("Host"));
            if (host != null && !LOOPBACK_NAMES.contains(host)) {
                throw new ApiException(421, "this server answers only requests to localhost");
            }
        }
        String origin = ctx.header("Origin");
        if (origin != null && !"GET".equals(ctx.method().name()) && !"HEAD".equals(ctx.method().name())) {
            String expected = ctx.header("Host");
            String actual = authority(origin);
            if (expected == null || !expected.equalsIgnoreCase(actual)) {
                throw new ApiException(403, "cross-origin requests are refused (CORS is off)");
            }
        }
    }

    static void securityHeaders(Context ctx) {
        // The UI's own scripts only: an injected <script> or onerror= could not run even if escaping failed.
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; object-src 'none';"
                + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self';"
                + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", ctx.path().startsWith("/api/") ? "no-store" : "no-cache");
    }

    private static String hostName(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return null;
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close > 0 ? host.substring(0, close + 1) : host;
        }
        int colon = host.lastIndexOf(':');
        return colon > 0 ? host.substring(0, colon) : host;
    }

    private static String authority(String origin) {
        try {
            return URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
