package org.kroniek.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load test: N clients, each sending its next request as soon as the last one is answered, for a
 * fixed time, cycling over the given paths (each client from its own place in the list). Prints requests/s,
 * p50/p99/max latency and errors per endpoint: a path without its query string, numbers replaced by {@code {id}}.
 * An argument {@code @FILE} stands for the paths in FILE, one per line (a query mix, repeats included).
 *
 * <p>{@code java -cp kroniek.jar org.kroniek.server.bench.HttpLoad BASE_URL CLIENTS SECONDS PATH|@FILE...}
 */
public final class HttpLoad {
    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: HttpLoad BASE_URL CLIENTS SECONDS PATH...");
            System.exit(1);
        }
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        List<String> paths = paths(List.of(args).subList(3, args.length));
        List<String> endpoints = paths.stream().map(HttpLoad::endpoint).distinct().sorted().toList();
        int[] endpointOf = paths.stream().mapToInt(p -> endpoints.indexOf(endpoint(p))).toArray();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<ConcurrentLinkedQueue<Long>> latencies = new ArrayList<>();
        List<AtomicLong> errors = new ArrayList<>();
        for (int i = 0; i < endpoints.size(); i++) {
            latencies.add(new ConcurrentLinkedQueue<>());
            errors.add(new AtomicLong());
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            // Clients start spread over the list, so they do not all ask the same thing at the same moment.
            int offset = (int) ((long) c * paths.size() / clients);
            threads.add(Thread.ofPlatform().start(() -> {
                for (int n = offset; System.nanoTime() < end; n++) {
                    int which = endpointOf[n % paths.size()];
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(n % paths.size())))
                            .timeout(Duration.ofSeconds(10)).build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.get(which).incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.get(which).incrementAndGet();
                    }
                    latencies.get(which).add(System.nanoTime() - start);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf(Locale.ROOT, "%d clients, %d s, %d paths (%d distinct)%n", clients, seconds, paths.size(),
                paths.stream().distinct().count());
        for (int i = 0; i < endpoints.size(); i++) {
            long[] sorted = latencies.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-60s requests %7d  %7.1f/s  p50 %6.1f ms  p99 %6.1f ms  max %7.1f ms"
                            + "  errors %d%n", endpoints.get(i), sorted.length, sorted.length / (double) seconds,
                    pct(sorted, 0.50), pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                    errors.get(i).get());
        }
    }

    private static List<String> paths(List<String> args) throws java.io.IOException {
        List<String> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("@")) {
                java.nio.file.Files.readAllLines(java.nio.file.Path.of(arg.substring(1))).stream()
                        .map(String::strip).filter(line -> !line.isEmpty()).forEach(paths::add);
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no paths to ask for");
        }
        return paths;
    }

    /** What a path's latencies are reported under: {@code /api/stories/12/timeline?x=1} -> /api/stories/{id}/timeline. */
    static String endpoint(String path) {
        int query = path.indexOf('?');
        return (query < 0 ? path : path.substring(0, query)).replaceAll("/\\d+(?=/|$)", "/{id}");
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
