package org.kroniek.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCodesTest {
    @Test
    void mapsToIso6391() {
        assertThat(LanguageCodes.toIso6391("nld")).isEqualTo("nl");
        assertThat(LanguageCodes.toIso6391("eng")).isEqualTo("en");
        assertThat(LanguageCodes.toIso6391("deu")).isEqualTo("de");
        assertThat(LanguageCodes.toIso6391("NL-be")).isEqualTo("nl");
        assertThat(LanguageCodes.toIso6391("en_US")).isEqualTo("en");
        assertThat(LanguageCodes.toIso6391("nds")).isEqualTo("nds");
        assertThat(LanguageCodes.toIso6391(" ")).isNull();
        assertThat(LanguageCodes.toIso6391(null)).isNull();
    }
}
