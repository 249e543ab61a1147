package org.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
    @Test
    void extensionDecidesFirst() {
        assertThat(detect("a.jsonl", "hello")).isEqualTo(InputFormat.JSONL);
        assertThat(detect("a.NDJSON", "hello")).isEqualTo(InputFormat.JSONL);
        assertThat(detect("a.htm", "hello")).isEqualTo(InputFormat.HTML);
        assertThat(detect("a.atom", "hello")).isEqualTo(InputFormat.RSS);
        assertThat(detect("a.xml", "<rss>")).isEqualTo(InputFormat.RSS);
    }

    @Test
    void txtIsSeedOnlyWithASeedHeader() {
        assertThat(detect("a.txt", " date 2016-12 Redactie \u2212 27/12/16, 12:57 \u2212 bron: ANP\n\nx"))
                .isEqualTo(InputFormat.SEED);
        assertThat(detect("a.txt", " date 2017-01 Vertegenwoordigers van")).isEqualTo(InputFormat.SEED);
        assertThat(detect("a.txt", "\uFEFF date 2017-01\nTekst")).isEqualTo(InputFormat.SEED);
        assertThat(detect("a.txt", "{\"text\":\"x\"}")).isEqualTo(InputFormat.TEXT);
        assertThat(detect("a.txt", "De datum 2016-12 staat in de tekst.")).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void contentDecidesWithoutAKnownExtension() {
        assertThat(detect(null, " date 2016-12 x")).isEqualTo(InputFormat.SEED);
        assertThat(detect(null, "  {\"text\": \"x\"}")).isEqualTo(InputFormat.JSONL);
        assertThat(detect("bericht", "<rss version=\"2.0\">")).isEqualTo(InputFormat.RSS);
        assertThat(detect("bericht", "<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(InputFormat.RSS);
        assertThat(detect("x.dat", "<?xml version=\"1.0\"?><rss>")).isEqualTo(InputFormat.RSS);
        assertThat(detect("x.dat", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"))
                .isEqualTo(InputFormat.HTML);
        assertThat(detect(null, "<!DOCTYPE html><html>")).isEqualTo(InputFormat.HTML);
        assertThat(detect(null, "<HTML><body>")).isEqualTo(InputFormat.HTML);
        assertThat(detect(null, "Gewoon tekst.")).isEqualTo(InputFormat.TEXT);
        assertThat(detect(null, "")).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void formatNamesAndAliases() {
        assertThat(InputFormat.parse("auto")).contains(InputFormat.AUTO);
        assertThat(InputFormat.parse(null)).contains(InputFormat.AUTO);
        assertThat(InputFormat.parse("NDJSON")).contains(InputFormat.JSONL);
        assertThat(InputFormat.parse("atom")).contains(InputFormat.RSS);
        assertThat(InputFormat.parse("pdf")).isEmpty();
    }

    private static InputFormat detect(String name, String content) {
        return FormatDetector.detect(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
