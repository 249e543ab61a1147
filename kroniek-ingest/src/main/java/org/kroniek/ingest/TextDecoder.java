package org.kroniek.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes input bytes strictly: UTF-8 (a byte order mark is accepted and dropped) or UTF-16 with a byte order
 * mark. Anything else is refused with a message that says where, rather than silently turned into
 * replacement characters that would end up in entity names.
 */
public final class TextDecoder {
    /** How many leading bytes {@link #looksBinary} inspects. */
    public static final int SNIFF_BYTES = 8192;

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws UnreadableInputException {
        return decode(bytes, 0);
    }

    /**
     * @param offsetInFile where {@code bytes} start in their file, so that a JSON Lines record reports the byte
     *                     position in the file, not in the line
     */
    public static String decode(byte[] bytes, long offsetInFile) throws UnreadableInputException {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2, "UTF-16", offsetInFile);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2, "UTF-16", offsetInFile);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableInputException("binary file, not text");
        }
        int bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return strict(StandardCharsets.UTF_8, bytes, bom, "UTF-8", offsetInFile);
    }

    /**
     * Strict UTF-8 only (a leading byte order mark dropped), for one JSON Lines record: binary sniffing is done
     * once per file, and a stray control character inside a record is a JSON error, not a binary file.
     */
    public static String decodeUtf8(byte[] bytes, long offsetInFile) throws UnreadableInputException {
        int bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return strict(StandardCharsets.UTF_8, bytes, bom, "UTF-8", offsetInFile);
    }

    /** True for a UTF-16 byte order mark at the start, where NUL bytes are normal. */
    public static boolean isUtf16(byte[] bytes) {
        return startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
    }

    /**
     * Text never holds NUL bytes and seldom control characters; an image or a zip file has plenty of both. Looks
     * at the first {@link #SNIFF_BYTES} bytes only.
     */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    private static String strict(Charset charset, byte[] bytes, int skip, String name, long offsetInFile)
            throws UnreadableInputException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        // UTF-8 never yields more chars than bytes; UTF-16 yields half as many.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UnreadableInputException("not valid " + name + " at byte " + (offsetInFile + in.position()));
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
