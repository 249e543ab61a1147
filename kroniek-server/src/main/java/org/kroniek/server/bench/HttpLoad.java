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
 * fixed time, cycling over the given paths. Prints requests/s, p50/p99/max latency and errors per path.
 *
 * <p>{@code java -cp kroniek.jar org.kroniek.server.bench.HttpLoad BASE_URL CLIENTS SECONDS PATH...}
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
        List<String> paths = List.of(args).subList(3, args.length);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<ConcurrentLinkedQueue<Long>> latencies = new ArrayList<>();
        List<AtomicLong> errors = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            latencies.add(new ConcurrentLinkedQueue<>());
            errors.add(new AtomicLong());
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int n = offset; System.nanoTime() < end; n++) {
                    int which = n % paths.size();
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(which)))
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
        System.out.printf(Locale.ROOT, "%d clients, %d s%n", clients, seconds);
        for (int i = 0; i < paths.size(); i++) {
            long[] sorted = latencies.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-60s requests %7d  %7.1f/s  p50 %6.1f ms  p99 %6.1f ms  max %7.1f ms"
                            + "  errors %d%n", paths.get(i), sorted.length, sorted.length / (double) seconds,
                    pct(sorted, 0.50), pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                    errors.get(i).get());
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
