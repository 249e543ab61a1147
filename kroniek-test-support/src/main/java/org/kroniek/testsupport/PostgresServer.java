package org.kroniek.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server for tests: the Debian binaries ({@code /usr/lib/postgresql/VERSION/bin}, or
 * {@code $KRONIEK_PG_BIN}), a data directory in a temp folder, a free loopback port, trust authentication for the
 * user {@code kroniek}; stopped and deleted when closed (and at JVM exit). PostgreSQL refuses to run as root, so
 * under root (CI) the server runs as the unprivileged {@code postgres} user the Debian package creates, through
 * {@code runuser}, and the data directory belongs to that user.
 *
 * <p>Tests call {@link #shared()} (one server per test JVM) and skip with {@link #unavailableReason()} when there
 * are no binaries. Each test gets a database of its own from {@link #createDatabase(String)}.
 */
public final class PostgresServer implements AutoCloseable {
    public static final String USER = "kroniek";
    private static final String SERVICE_USER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer shared;

    private final Path bin;
    private final Path directory;
    private final int port;
    private final boolean asServiceUser;
    private volatile boolean stopped;

    private PostgresServer(Path bin, Path directory, int port, boolean asServiceUser) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
        this.asServiceUser = asServiceUser;
    }

    /** The PostgreSQL bin directory to use (highest version installed), if any. */
    public static Optional<Path> binaries() {
        String configured = System.getenv("KRONIEK_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured);
            return Files.isExecutable(dir.resolve("initdb")) ? Optional.of(dir) : Optional.empty();
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(PostgresServer::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Why no server can be started here, or null when one can. */
    public static String unavailableReason() {
        if (binaries().isEmpty()) {
            return "PostgreSQL binaries not found (/usr/lib/postgresql/*/bin/initdb, or $KRONIEK_PG_BIN):"
                    + " install the Debian package 'postgresql' to run the PostgreSQL store tests";
        }
        if (isRoot() && !Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
            return "running as root and runuser is missing: PostgreSQL cannot be started as root";
        }
        return null;
    }

    /** The server shared by every test of this JVM, started on first use and stopped at exit. */
    public static synchronized PostgresServer shared() {
        if (shared == null || shared.stopped) {
            shared = start();
            PostgresServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "kroniek-test-postgres-stop"));
        }
        return shared;
    }

    /** Starts a new server; close it when done. */
    public static PostgresServer start() {
        String reason = unavailableReason();
        if (reason != null) {
            throw new IllegalStateException(reason);
        }
        Path bin = binaries().orElseThrow();
        boolean root = isRoot();
        Path directory;
        try {
            directory = Files.createTempDirectory("kroniek-pg-");
            if (root) {
                UserPrincipal owner = directory.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(SERVICE_USER);
                Files.setOwner(directory, owner);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the PostgreSQL data directory", e);
        }
        PostgresServer server = new PostgresServer(bin, directory, freePort(), root);
        try {
            server.initialise();
            server.run();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void initialise() {
        // No fsync: a test database need not survive a power cut, and it makes initdb and commits much faster.
        exec(List.of(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", USER, "--auth=trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), 120);
    }

    private void run() {
        String options = "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off"
                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=100";
        exec(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-o", options, "-l",
                directory.resolve("server.log").toString(), "-w", "-t", "60", "start"), 90);
    }

    private Path data() {
        return directory.resolve("data");
    }

    public int port() {
        return port;
    }

    /** Creates an empty database and returns its {@code postgresql://} URL (what {@code --store} takes). */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + DATABASES.incrementAndGet()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "postgresql://" + USER + "@127.0.0.1:" + port + "/" + database;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A plain connection to a database of this server (for assertions on tables). */
    public Connection connect(String url) throws SQLException {
        String database = url.substring(url.lastIndexOf('/') + 1);
        return DriverManager.getConnection(jdbcUrl(database), USER, "");
    }

    /** Stops the server at once and deletes its data directory. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                exec(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w",
                        "stop"), 60);
            }
        } catch (RuntimeException e) {
            System.err.println("test PostgreSQL: " + e.getMessage());
        } finally {
            delete(directory);
        }
    }

    private void exec(List<String> command, int timeoutSeconds) {
        List<String> full = new ArrayList<>();
        if (asServiceUser) {
            full.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " did not finish in " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed (exit " + process.exitValue() + "): "
                        + new String(output, StandardCharsets.UTF_8).strip() + serverLog());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + full.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private String serverLog() {
        try {
            Path log = directory.resolve("server.log");
            return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover in /tmp is harmless
                }
            });
        } catch (IOException e) {
            // a leftover in /tmp is harmless
        }
    }
}
