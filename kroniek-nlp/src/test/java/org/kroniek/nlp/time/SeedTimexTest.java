package org.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;
import org.kroniek.core.Timex;

/**
 * Every timex of the hand-made seed reference (../shared/gold/seeds.json) must be found with its exact surface
 * form and an accepted value; spurious timexes are reported and kept few.
 */
class SeedTimexTest {
    private static final Path SHARED = Path.of(System.getProperty("kroniek.shared", "../../shared"));
    private static final Pattern HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2})\\s+");

    @Test
    void seedArticlesGiveEveryGoldTimex() throws IOException {
        Path gold = SHARED.resolve("gold/seeds.json");
        Assumptions.assumeTrue(Files.exists(gold), "../shared absent: seed timex check skipped");
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        TimexStage stage = new TimexStage();
        List<String> problems = new ArrayList<>();
        int spurious = 0;
        int goldCount = 0;
        for (JsonNode doc : root.get("documents")) {
            Document d = new Document(doc.get("file").asText(),
                    body(Files.readString(SHARED.resolve("seeds").resolve(doc.get("file").asText()),
                            StandardCharsets.UTF_8)));
            d.setLanguage(doc.get("language").asText());
            String dct = doc.get("dct").asText();
            d.setDct(dct);
            d.setDctGranularity(Dct.granularityOf(dct));
            stage.process(d);
            Set<Timex> matched = new HashSet<>();
            int from = 0;
            for (JsonNode t : doc.get("timex")) {
                goldCount++;
                String surface = t.get("text").asText();
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}])")
                        .matcher(d.getText());
                if (!m.find(from)) {
                    problems.add(d.getId() + ": gold surface not in text: " + surface);
                    continue;
                }
                from = m.end();
                int s = m.start();
                int e = m.end();
                Timex hit = d.getTimexes().stream().filter(x -> x.start() == s && x.end() == e).findFirst()
                        .orElse(null);
                List<String> accepted = new ArrayList<>();
                t.get("value").forEach(v -> accepted.add(v.asText()));
                String mod = t.hasNonNull("mod") ? t.get("mod").asText() : null;
                if (hit == null) {
                    problems.add(d.getId() + ": missed '" + surface + "' at " + s);
                } else {
                    matched.add(hit);
                    if (!accepted.contains(hit.value()) || !hit.type().equals(t.get("type").asText())
                            || (mod != null && !mod.equals(hit.mod()))) {
                        problems.add(d.getId() + ": '" + surface + "' got " + hit.type() + " " + hit.value() + " "
                                + hit.mod() + ", expected " + t.get("type").asText() + " " + accepted + " " + mod);
                    }
                }
            }
            for (Timex x : d.getTimexes()) {
                if (!matched.contains(x)) {
                    spurious++;
                    System.out.println("seed spurious: " + d.getId() + " '" + x.text() + "' " + x.value());
                }
            }
        }
        System.out.println("seed timexes: gold " + goldCount + ", problems " + problems.size() + ", spurious "
                + spurious);
        assertThat(problems).isEmpty();
        assertThat(spurious).isLessThanOrEqualTo(2);
    }

    /** Drops the seed header: a whole line with the byline, or only the " date YYYY-MM " prefix. */
    static String body(String raw) {
        int nl = raw.indexOf('\n');
        String first = nl < 0 ? raw : raw.substring(0, nl);
        if (first.contains("bron:") || first.strip().matches("date\\s+\\d{4}-\\d{2}.*\\d{2}:\\d{2}.*")) {
            return nl < 0 ? "" : raw.substring(nl + 1);
        }
        Matcher m = HEADER.matcher(raw);
        return m.find() ? raw.substring(m.end()) : raw;
    }
}
