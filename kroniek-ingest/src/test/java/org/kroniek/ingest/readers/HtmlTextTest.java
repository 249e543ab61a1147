package org.kroniek.ingest.readers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void blocksBecomeParagraphsAndInlineWhiteSpaceCollapses() {
        String html = "<h2>Kop</h2><p>Eerste   <i>alinea</i>\n over\tniets.</p><ul><li>een</li><li>twee</li></ul>"
                + "<p>Regel&nbsp;een<br>regel twee</p>";
        assertThat(HtmlText.ofFragment(html))
                .isEqualTo("Kop\n\nEerste alinea over niets.\n\neen\n\ntwee\n\nRegel een\nregel twee");
    }

    @Test
    void plainTextFragmentIsKept() {
        assertThat(HtmlText.ofFragment("Gewoon tekst &amp; meer.")).isEqualTo("Gewoon tekst & meer.");
        assertThat(HtmlText.ofFragment("  ")).isEmpty();
        assertThat(HtmlText.ofFragment(null)).isEmpty();
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertThat(HtmlText.ofFragment("<pre>a  b\nc</pre>")).isEqualTo("a  b\nc");
    }
}
