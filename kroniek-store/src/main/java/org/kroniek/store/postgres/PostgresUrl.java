package org.kroniek.store.postgres;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.store.StoreException;

/**
 * A PostgreSQL database as a store address: {@code postgresql://[user[:password]@]host[:port]/database[?params]},
 * also {@code postgres://} and {@code jdbc:postgresql://}. Without a password in the URL, {@code PGPASSWORD}
 * is used; without a user, {@code PGUSER}, else the login name.
 */
public final class PostgresUrl {
    private static final Pattern URL = Pattern.compile(
            "(?:jdbc:)?postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^/?#:]+|\\[[^\\]]+\\])(?::(\\d+))?/([^?#/]+)(?:\\?([^#]*))?");

    private final String user;
    private final String password;
    private final String host;
    private final int port;
    private final String database;
    private final String parameters;

    private PostgresUrl(String user, String password, String host, int port, String database, String parameters) {
        this.user = user;
        this.password = password;
        this.host = host;
        this.port = port;
        this.database = database;
        this.parameters = parameters;
    }

    /** True for what is meant as a PostgreSQL URL (even a malformed one: it gets a clear error, not a directory). */
    public static boolean looksLikeOne(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql:") || lower.startsWith("postgres:") || lower.startsWith("jdbc:postgresql:");
    }

    public static PostgresUrl parse(String value, Map<String, String> environment) {
        Matcher m = URL.matcher(value.strip());
        if (!m.matches()) {
            throw new StoreException("'" + redact(value) + "' is not a PostgreSQL URL; write it as"
                    + " postgresql://USER@HOST:PORT/DATABASE (password from PGPASSWORD or USER:PASSWORD@)");
        }
        String user = decode(m.group(1));
        if (user == null || user.isEmpty()) {
            user = environment.getOrDefault("PGUSER", System.getProperty("user.name"));
        }
        String password = m.group(2) != null ? decode(m.group(2)) : environment.get("PGPASSWORD");
        int port = 5432;
        if (m.group(4) != null) {
            port = Integer.parseInt(m.group(4));
            if (port < 1 || port > 65_535) {
                throw new StoreException("the port in '" + redact(value) + "' must be between 1 and 65535");
            }
        }
        return new PostgresUrl(user, password, m.group(3), port, decode(m.group(5)), m.group(6));
    }

    private static String decode(String part) {
        return part == null ? null : URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The value with any password replaced, for messages. */
    static String redact(String value) {
        return value.replaceAll("(//[^:@/]*:)[^@/]*@", "$1***@");
    }

    /** The JDBC URL without credentials (they go in as connection properties). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + (parameters == null ? "" : "?" + parameters);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String database() {
        return database;
    }

    /** How the store is named in messages: never with the password. */
    public String display() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return display();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostgresUrl u && u.port == port && Objects.equals(u.user, user)
                && Objects.equals(u.password, password) && u.host.equals(host) && u.database.equals(database)
                && Objects.equals(u.parameters, parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(user, host, port, database, parameters);
    }
}
