package org.kroniek.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;
import org.kroniek.core.DocumentJson;

/** The packaged jar, run as a user runs it: a separate JVM, real stdin/stdout/stderr and exit codes. */
class CliJarIT {
    private static final Path ROOT = Path.of(System.getProperty("kroniek.root", "..")).toAbsolutePath();
    private static final Path JAR = ROOT.resolve("kroniek-app/target/kroniek.jar");
    private static final Path SEEDS = Path.of(System.getProperty("kroniek.shared", "../../shared")).resolve("seeds");

    record Result(int status, String out, String err) {
    }

    private static Result run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dkroniek.home=" + ROOT);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionFromThePackagedJar() throws Exception {
        Result result = run(null, "--version");
        assertThat(result.status()).isZero();
        assertThat(result.out()).containsPattern("kroniek \\d+\\.\\d+");
    }

    @Test
    void readsStdin() throws Exception {
        Result result = run("De burgemeester opende maandag de nieuwe brug over de Maas. Honderden mensen kwamen kijken.",
                "analyze", "--format", "jsonl", "--date", "2024-04-08", "-");
        assertThat(result.status()).as(result.err()).isZero();
        Document doc = DocumentJson.fromJson(result.out().strip());
        assertThat(doc.getDct()).isEqualTo("2024-04-08");
        assertThat(doc.getSentences()).hasSize(2);
    }

    @Test
    void analysesTheSeedArticles() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared absent: seed test of the packaged jar skipped");
        Result result = run(null, "analyze", "--format", "jsonl", SEEDS.toString());
        assertThat(result.status()).as(result.err()).isZero();
        List<Document> docs = result.out().lines().map(DocumentJson::fromJson).toList();
        assertThat(docs).extracting(Document::getDct).containsExactly("2016-12-27T12:57", "2017-01");
        Document second = docs.get(1);
        assertThat(second.getText()).startsWith("Vertegenwoordigers van de oppositie");
        List<String> headings = second.getSentences().stream().filter(s -> s.heading())
                .map(s -> second.span(s.start(), s.end())).toList();
        assertThat(headings).containsExactly("De partijen", "Staakt-het-vuren", "Turkije", "Rusland");
    }
}
