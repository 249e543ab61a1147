package org.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void decodesUtf8AndDropsTheByteOrderMark() throws Exception {
        assertThat(TextDecoder.decode("Caf\u00e9 \u2212 bron".getBytes(StandardCharsets.UTF_8))).isEqualTo("Caf\u00e9 \u2212 bron");
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThat(TextDecoder.decode(withBom)).isEqualTo("a");
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws Exception {
        assertThat(TextDecoder.decode("\uFEFFtekst".getBytes(StandardCharsets.UTF_16BE))).isEqualTo("tekst");
        assertThat(TextDecoder.decode("\uFEFFtekst".getBytes(StandardCharsets.UTF_16LE))).isEqualTo("tekst");
    }

    @Test
    void reportsTheByteOffsetOfInvalidUtf8() {
        byte[] bytes = "abc\u00e9def".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).hasMessage("not valid UTF-8 at byte 3");
        byte[] truncated = {'a', (byte) 0xE2, (byte) 0x88};
        assertThatThrownBy(() -> TextDecoder.decode(truncated)).hasMessage("not valid UTF-8 at byte 1");
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF};
        assertThatThrownBy(() -> TextDecoder.decode(withBom)).hasMessage("not valid UTF-8 at byte 4");
    }

    @Test
    void recognisesBinary() {
        assertThat(TextDecoder.looksBinary(new byte[] {'a', 0, 'b'})).isTrue();
        byte[] controls = new byte[100];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
        }
        assertThat(TextDecoder.looksBinary(controls)).isTrue();
        assertThat(TextDecoder.looksBinary("Regel\r\n\tmet tab\f".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(TextDecoder.looksBinary(new byte[0])).isFalse();
    }
}
