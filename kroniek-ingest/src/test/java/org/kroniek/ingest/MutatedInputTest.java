package org.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cheap stand-in for a fuzzer: damaged copies of every fixture must give documents or errors, never an
 * exception (not even one caught by the reader's safety net), and errors never carry a stack trace.
 */
class MutatedInputTest {
    private static final String[] FIXTURES = {"seed/brug-zwolle.txt", "seed/hoogwater-kort.txt", "text/haven.txt",
        "jsonl/articles.jsonl", "html/artikel.html", "html/zonder-article.html", "feed/nieuws.rss", "feed/news.atom"};
    private static final int MUTATIONS_PER_FIXTURE = 60;

    @TempDir
    Path dir;

    @Test
    void damagedInputNeverThrows() throws Exception {
        Random random = new Random(7);
        for (String fixture : FIXTURES) {
            byte[] original = Files.readAllBytes(Fixtures.path(fixture));
            String name = Fixtures.path(fixture).getFileName().toString();
            for (int i = 0; i < MUTATIONS_PER_FIXTURE; i++) {
                Path file = dir.resolve(i + "-" + name);
                Files.write(file, mutate(original, random));
                CollectingSink[] result = new CollectingSink[1];
                assertThatCode(() -> result[0] = Fixtures.read(file.toString()))
                        .as(file.toString()).doesNotThrowAnyException();
                assertThat(result[0].documents.size() + result[0].errors.size()).as(file.toString()).isPositive();
                // "internal error" means the safety net caught a parser exception: a bug to fix, not a pass.
                assertThat(result[0].errors).allSatisfy(e -> assertThat(e.message())
                        .doesNotContain("\tat ").doesNotContain("internal error"));
            }
        }
    }

    private static byte[] mutate(byte[] input, Random random) {
        byte[] bytes = input.clone();
        switch (random.nextInt(4)) {
            case 0 -> { // flip a few bytes anywhere, also into invalid UTF-8 or control characters
                for (int k = random.nextInt(5); k >= 0; k--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length)); // truncate
            case 2 -> { // damage the first line, where headers and declarations are
                int end = Math.min(bytes.length, 80);
                for (int k = random.nextInt(6); k >= 0; k--) {
                    bytes[random.nextInt(end)] = (byte) "0123456789/:-, <>{}\"\n".charAt(random.nextInt(21));
                }
            }
            default -> { // duplicate a slice
                int from = random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + random.nextInt(200));
                byte[] longer = new byte[bytes.length + (to - from)];
                System.arraycopy(bytes, 0, longer, 0, to);
                System.arraycopy(bytes, from, longer, to, bytes.length - from);
                bytes = longer;
            }
        }
        return bytes;
    }
}
