package org.kroniek.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a whole news file whatever decade it comes from. In order: a byte order mark (UTF-8, UTF-16LE/BE);
 * UTF-16 without a mark, recognised by its NUL bytes in every other position; strict UTF-8 (valid UTF-8 wins over
 * a declaration: re-saved pages keep stale labels); the charset an HTML {@code <meta charset>} or XML
 * {@code encoding="..."} declaration names; and, without one, Windows-1252 (a superset of Latin-1's printable range, which is what old Dutch archives and mislabelled pages
 * nearly always are) with a warning naming the first byte that was not UTF-8. A few stray NUL bytes in an
 * otherwise textual file become spaces (one char each, so offsets stay exact), with a warning; a file with
 * many is binary and refused.
 */
public final class EncodingDetector {
    /** Declarations are looked for only this far into the file (HTML requires them in the first 1024 bytes). */
    private static final int DECLARATION_BYTES = 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The decoded text, the charset it was read with, and a warning for the user (or null).
     */
    public record Decoded(String text, String charset, String warning) {
    }

    private EncodingDetector() {
    }

    public static Decoded decode(byte[] bytes) throws UnreadableInputException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF) || TextDecoder.isUtf16(bytes)) {
            // A byte order mark is the author's own statement: no guessing, strict decoding.
            String charset = TextDecoder.isUtf16(bytes) ? "UTF-16" : "UTF-8";
            return withoutNuls(TextDecoder.decode(bytes), charset, null);
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return withoutNuls(strictOrThrow(utf16, bytes), utf16.name(), null);
        }
        if (tooManyNuls(bytes) || TextDecoder.looksBinary(withoutNulBytes(bytes))) {
            throw new UnreadableInputException("binary file, not text");
        }
        try {
            // Valid UTF-8 with non-ASCII bytes is almost never another charset by accident, and pages re-saved as
            // UTF-8 often keep their old declaration: the bytes win over the label.
            return withoutNuls(strict(StandardCharsets.UTF_8, bytes), "UTF-8", null);
        } catch (CharacterCodingException e) {
            int at = firstInvalidUtf8(bytes);
            Charset declared = declaredCharset(bytes);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.equals(WINDOWS_1252)) {
                try {
                    return withoutNuls(strict(declared, bytes), declared.name(), null);
                } catch (CharacterCodingException wrongLabel) {
                    // the declaration is wrong too: Windows-1252 below
                }
            }
            if (declared != null && declared.equals(WINDOWS_1252)) {
                return withoutNuls(windows1252(bytes), WINDOWS_1252.name(), null);
            }
            String warning = "not valid UTF-8 at byte " + at + "; read as Windows-1252";
            return withoutNuls(windows1252(bytes), WINDOWS_1252.name(), warning);
        }
    }

    /** Windows-1252, its five unassigned bytes read as the C1 controls Latin-1 gives them (as browsers do). */
    static String windows1252(byte[] bytes) {
        try {
            return strict(WINDOWS_1252, bytes);
        } catch (CharacterCodingException e) {
            StringBuilder out = new StringBuilder(bytes.length);
            for (byte b : bytes) {
                int u = b & 0xFF;
                String mapped = u >= 0x80 && u <= 0x9F ? new String(new byte[] {b}, WINDOWS_1252) : null;
                out.append(mapped != null && mapped.charAt(0) != '\uFFFD' ? mapped.charAt(0) : (char) u);
            }
            return out.toString();
        }
    }

    /** The charset named by an HTML meta or XML declaration near the start, if Java knows it. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        Matcher meta = META_CHARSET.matcher(head);
        String name = xml.find() ? xml.group(1) : meta.find() ? meta.group(1) : null;
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        // As in browsers: pages labelled Latin-1 or ASCII are Windows-1252 in practice (curly quotes, euro sign).
        if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii") || lower.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            Charset charset = Charset.forName(name);
            // A UTF-16 label on a file without NULs is a lie (the bytes are already 8-bit): ignore it.
            return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32") ? null : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** UTF-16 without a byte order mark: ASCII-range text then has a NUL in every other byte. */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, TextDecoder.SNIFF_BYTES) & ~1;
        if (n < 4) {
            return null;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < n; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddNuls * 10 >= pairs * 7 && evenNuls * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNuls * 10 >= pairs * 7 && oddNuls * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** More than one NUL in a hundred sniffed bytes is not a stray byte in a text file. */
    private static boolean tooManyNuls(byte[] bytes) {
        int n = Math.min(bytes.length, TextDecoder.SNIFF_BYTES);
        int nuls = 0;
        for (int i = 0; i < n; i++) {
            nuls += bytes[i] == 0 ? 1 : 0;
        }
        return nuls * 100 > n;
    }

    private static byte[] withoutNulBytes(byte[] bytes) {
        int n = Math.min(bytes.length, TextDecoder.SNIFF_BYTES);
        byte[] head = new byte[n];
        for (int i = 0; i < n; i++) {
            head[i] = bytes[i] == 0 ? (byte) ' ' : bytes[i];
        }
        return head;
    }

    private static Decoded withoutNuls(String text, String charset, String warning) {
        int nuls = 0;
        for (int i = 0; i < text.length(); i++) {
            nuls += text.charAt(i) == '\0' ? 1 : 0;
        }
        if (nuls == 0) {
            return new Decoded(text, charset, warning);
        }
        String note = nuls + " NUL character" + (nuls == 1 ? "" : "s") + " read as space" + (nuls == 1 ? "" : "s");
        return new Decoded(text.replace('\0', ' '), charset, warning == null ? note : warning + "; " + note);
    }

    private static String strictOrThrow(Charset charset, byte[] bytes) throws UnreadableInputException {
        try {
            return strict(charset, bytes);
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException("not valid " + charset.name() + " (looks like UTF-16 without a byte order mark)");
        }
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        return in.position();
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
